import { RecordedEvent } from '@parley/domain';
import { Condition, DocumentQuery, DocumentReader, Total, TotalSums, compareBy, matches, rankOrder } from './document-query';
import { NO_INDEX, Projection } from './projection';

/** Read models folded in memory from a list of events: the "as of" view and the reducers' test bed. */
/** A map's entry (hash slot, key and value pointers) and its id string, roughly. */
const MAP_ENTRY_BYTES = 96;
/** Documents of each read model whose size stands for all of them in `estimatedBytes`. */
const SAMPLED_DOCUMENTS = 16;

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

  /**
   * About how many bytes of heap it holds, to bound a cache of folds by memory rather than by count: each
   * entry of its maps, and its documents at the size of a sample of each read model's (their JSON, twice
   * over for V8's objects). Documents a fork shares with the fold it came from are counted in each, so
   * the estimate errs high.
   */
  estimatedBytes(): number {
    let total = 0;
    for (const docs of this.docs.values()) total += docs.size * (MAP_ENTRY_BYTES + sampledDocumentBytes(docs));
    return total;
  }

  /**
   * About how many bytes it adds to `earlier`, a fold it was forked from or follows: its maps' entries,
   * which a fork copies, and the documents that are not the very ones `earlier` holds (documents are
   * immutable, so an unchanged one is shared). What a saved checkpoint costs beside the one before it.
   */
  estimatedBytesBeyond(earlier: InMemoryDocuments): number {
    let total = 0;
    for (const [name, docs] of this.docs) {
      const before = earlier.docs.get(name);
      let changed = 0;
      for (const [id, doc] of docs) if (before?.get(id) !== doc) changed++;
      total += docs.size * MAP_ENTRY_BYTES + (changed && changed * sampledDocumentBytes(docs));
    }
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
    this.checkFilterable(projection, query.where);
    const all = [...(this.docs.get(projection)?.values() ?? [])] as Record<string, unknown>[];
    const found = all.filter((doc) => query.where.every((c) => matches(doc, c))).sort(compareBy(query.orderBy));
    return (query.limit === undefined ? found : found.slice(0, query.limit)) as D[];
  }

  async totals(projection: string, prefixes: readonly string[]): Promise<Total[]> {
    const sums = new TotalSums();
    for (const [, , index] of this.indexed(projection)) sums.add(index.totals.filter((t) => prefixes.some((prefix) => t.key.startsWith(prefix))));
    return sums.toTotals();
  }

  async ranked<D>(projection: string, key: string, query: { where: readonly Condition[]; limit: number }): Promise<D[]> {
    this.checkFilterable(projection, query.where);
    const entries: { order: string; doc: Record<string, unknown> }[] = [];
    for (const [id, doc, index] of this.indexed(projection)) {
      const entry = index.rankings.find((r) => r.key === key);
      if (entry && query.where.every((c) => matches(doc, c))) entries.push({ order: rankOrder(entry.rank, id), doc });
    }
    return entries
      .sort((a, b) => (a.order < b.order ? 1 : a.order > b.order ? -1 : 0))
      .slice(0, query.limit)
      .map((e) => e.doc as D);
  }

  /** A store matches only declared fields, so a query on any other would answer differently there: refuse it here too. */
  private checkFilterable(projection: string, where: readonly Condition[]): void {
    const declared = this.projections.find((p) => p.name === projection)?.filterable ?? [];
    const indexed = (conditions: readonly Condition[]): string[] =>
      conditions.flatMap((c) => (c.op === 'eq' || c.op === 'contains' ? [c.field] : c.op === 'any' ? c.of.flatMap(indexed) : []));
    const undeclared = indexed(where).find((field) => !declared.includes(field));
    if (undeclared) throw new Error(`${projection}.${undeclared} is matched by a query but not declared filterable`);
  }

  private *indexed(projection: string) {
    const index = this.projections.find((p) => p.name === projection)?.index;
    for (const [id, doc] of this.docs.get(projection) ?? []) {
      yield [id, doc as Record<string, unknown>, index ? index(doc) : NO_INDEX] as const;
    }
  }
}

/** A document's heap, from a sample of a read model's: their JSON, twice over for V8's objects. */
function sampledDocumentBytes(docs: ReadonlyMap<string, unknown>): number {
  let sampled = 0;
  let bytes = 0;
  for (const doc of docs.values()) {
    bytes += 2 * JSON.stringify(doc).length;
    if (++sampled === SAMPLED_DOCUMENTS) break;
  }
  return sampled && bytes / sampled;
}
