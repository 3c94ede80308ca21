import { RecordedEvent } from '@parley/domain';
import { DocumentQuery, DocumentReader, compareBy, matches } from './document-query';
import { Projection } from './projection';

/** Read models folded in memory from a list of events: the "as of" view and the reducers' test bed. */
export class InMemoryDocuments implements DocumentReader {
  private readonly docs = new Map<string, Map<string, unknown>>();

  constructor(private readonly projections: readonly Projection[]) {}

  static fold(projections: readonly Projection[], events: Iterable<RecordedEvent>): InMemoryDocuments {
    const documents = new InMemoryDocuments(projections);
    for (const event of events) documents.apply(event);
    return documents;
  }

  /** A copy that later events can be applied to while this one keeps answering; documents are immutable, so they are shared. */
  fork(): InMemoryDocuments {
    const copy = new InMemoryDocuments(this.projections);
    for (const [name, docs] of this.docs) copy.docs.set(name, new Map(docs));
    return copy;
  }

  /** How many documents it holds, to bound a cache of folds. */
  get size(): number {
    let total = 0;
    for (const docs of this.docs.values()) total += docs.size;
    return total;
  }

  /** Every document by read model and id, ids in order: the form two builds of the read models are compared in. */
  toJSON(): Record<string, Record<string, unknown>> {
    return Object.fromEntries(
      [...this.docs].filter(([, docs]) => docs.size > 0).map(([name, docs]) => [name, Object.fromEntries([...docs].sort(([a], [b]) => (a < b ? -1 : 1)))]),
    );
  }

  apply(event: RecordedEvent): void {
    for (const projection of this.projections) {
      const docs = this.docs.get(projection.name) ?? new Map<string, unknown>();
      this.docs.set(projection.name, docs);
      for (const id of projection.documentIds(event)) {
        const next = projection.evolve(docs.get(id) ?? null, event, id);
        if (next === null) docs.delete(id);
        else docs.set(id, next);
      }
    }
  }

  async get<D>(projection: string, id: string): Promise<D | null> {
    return (this.docs.get(projection)?.get(id) as D | undefined) ?? null;
  }

  async find<D>(projection: string, query: DocumentQuery): Promise<D[]> {
    const all = [...(this.docs.get(projection)?.values() ?? [])] as Record<string, unknown>[];
    const found = all.filter((doc) => query.where.every((c) => matches(doc, c))).sort(compareBy(query.orderBy));
    return (query.limit === undefined ? found : found.slice(0, query.limit)) as D[];
  }
}
