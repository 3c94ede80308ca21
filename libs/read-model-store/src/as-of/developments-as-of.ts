import { Injectable } from '@nestjs/common';
import { LIFECYCLE_EVENT_TYPES, RecordedEvent, TRACK_EVENT_TYPES, developmentOfEvent } from '@parley/domain';
import { EventStore, ReadAllFilter } from '@parley/event-store';
import {
  Condition,
  DEVELOPMENTS,
  DevelopmentView,
  DocumentQuery,
  DocumentReader,
  InMemoryDocuments,
  Total,
  TotalSums,
  compareBy,
  developmentsProjection,
  matches,
  rankOrder,
} from '@parley/read-models';
import { HighWaterMark } from '../high-water-mark';
import { PgDocumentReader, Scope } from '../pg-document-reader';
import { Clocks, isAmendment, readingMoment } from './clocks';

const PAGE = 10_000;
/**
 * Events stored but not yet applied to the live documents that a question folds itself, so that it
 * reads the whole log as the folded read models do; a longer tail (a projector far behind) is not
 * folded, and the answer is then as of what the read models have applied, as a live one is.
 */
const TAIL = 10_000;
/** A round's date moves with its lifecycle, and a correction may move any field: such developments are always folded again. */
const ALWAYS_FOLDED = ['TalksScheduled', 'DevelopmentCorrected'];
/** A round's lifecycle after it is scheduled: these events name its track and round, not its development. */
const ROUND_LIFECYCLE = TRACK_EVENT_TYPES.filter((type) => type !== 'TalksScheduled');

const passes = (event: RecordedEvent, { asOf, knownAt }: Clocks): boolean =>
  (!asOf || isAmendment(event) || Date.parse(event.occurredAt) <= Date.parse(asOf)) && (!knownAt || Date.parse(event.recordedAt) <= Date.parse(knownAt));

/**
 * The developments read model as of the clocks, answered by PostgreSQL from the live documents, so the
 * API's memory does not grow with the log (a development's document is about 2 KB of heap).
 *
 * A development's document as of the clocks is the fold of its events that pass them. For almost every
 * development that is either nothing or the live document. Its first report opens it with its
 * occurredAt and recordedAt. Every later event is an amendment: the asOf clock lets it through, and it
 * moves only updatedAt on (a correction aside). So the live document is the answer when
 * `occurredAt <= asOf` and `updatedAt <= knownAt`; otherwise the development had not occurred, or had
 * not been recorded. The exceptions are few and folded here from their events: rounds of talks (their
 * dates move with their lifecycle), corrected developments (a correction may move any field), and,
 * asked with knownAt, those amended after it. Queries read the live documents in that scope, and the
 * folded ones beside them.
 */
@Injectable()
export class DevelopmentsAsOf {
  constructor(
    private readonly store: EventStore,
    private readonly live: PgDocumentReader,
    private readonly mark: HighWaterMark,
  ) {}

  at(clocks: Clocks): DocumentReader {
    return new DevelopmentsThen(this.store, this.live, this.mark, clocks);
  }
}

/** The developments as of the clocks; any other read model finds nothing here. */
class DevelopmentsThen implements DocumentReader {
  private folded?: Promise<Map<string, DevelopmentView | null>>;
  private adjusted?: Promise<Total[]>;

  constructor(
    private readonly store: EventStore,
    private readonly live: PgDocumentReader,
    private readonly mark: HighWaterMark,
    private readonly clocks: Clocks,
  ) {}

  async get<D>(projection: string, id: string): Promise<D | null> {
    if (projection !== DEVELOPMENTS) return null;
    const folded = await this.foldedOnce();
    if (folded.has(id)) return (folded.get(id) ?? null) as D | null;
    return this.live.get<D>(DEVELOPMENTS, id, this.asTheyAre(folded));
  }

  async find<D>(projection: string, query: DocumentQuery): Promise<D[]> {
    if (projection !== DEVELOPMENTS) return [];
    const folded = await this.foldedOnce();
    const stored = await this.live.find<Record<string, unknown>>(DEVELOPMENTS, query, this.asTheyAre(folded));
    const others = present(folded).filter((doc) => meets(doc, query.where)) as unknown as Record<string, unknown>[];
    const found = [...stored, ...others].sort(compareBy(query.orderBy));
    return (query.limit === undefined ? found : found.slice(0, query.limit)) as D[];
  }

  async ranked<D>(projection: string, key: string, query: { where: readonly Condition[]; limit: number }): Promise<D[]> {
    if (projection !== DEVELOPMENTS) return [];
    const folded = await this.foldedOnce();
    const stored = await this.live.ranked<DevelopmentView>(DEVELOPMENTS, key, query, this.asTheyAre(folded));
    const ranked = [...stored, ...present(folded).filter((doc) => meets(doc, query.where))]
      .map((doc) => ({ doc, order: orderUnder(doc, key) }))
      .filter((r): r is { doc: DevelopmentView; order: string } => r.order !== null)
      .sort((a, b) => (a.order < b.order ? 1 : a.order > b.order ? -1 : 0));
    return ranked.slice(0, query.limit).map((r) => r.doc as D);
  }

  /**
   * The live sums with what the clocks change in them (adjustment). Only totals of periods that had
   * ended by the moment read are given: those are exact whatever asOf is, since a development that
   * occurred in an ended period passes it, and a reading adds no others (tension.query.ts reads
   * earlier periods' sums).
   */
  async totals(projection: string, prefixes: readonly string[]): Promise<Total[]> {
    if (projection !== DEVELOPMENTS) return [];
    const inPrefixes = (t: Total) => prefixes.some((p) => t.key.startsWith(p));
    const [live, adjustment] = await Promise.all([this.live.totals(DEVELOPMENTS, prefixes), this.adjustmentOnce()]);
    return new TotalSums().add(live.filter((t) => this.ended(t.key))).add(adjustment.filter(inPrefixes)).toTotals();
  }

  /** Whether a total's period had ended by the moment read. */
  private ended(key: string): boolean {
    return Date.parse(developmentsProjection.totalPeriodEnd!(key)) <= Date.parse(readingMoment(this.clocks));
  }

  /** Computed once a question, whatever prefixes its readings ask for: a reading of tension asks for several. */
  private adjustmentOnce(): Promise<Total[]> {
    return (this.adjusted ??= this.adjustment());
  }

  /**
   * What the live sums of ended periods lose and gain as of the clocks: less what the live documents of
   * the folded developments add, plus what their folded documents add, and, with knownAt, less what
   * the developments recorded after it add.
   */
  private async adjustment(): Promise<Total[]> {
    const folded = await this.foldedOnce();
    const sums = new TotalSums();
    const add = (doc: DevelopmentView, sign: 1 | -1) => sums.add(developmentsProjection.index!(doc).totals.filter((t) => this.ended(t.key)), sign);
    for (const doc of await this.live.getMany<DevelopmentView>(DEVELOPMENTS, [...folded.keys()])) add(doc, -1);
    for (const doc of present(folded)) add(doc, 1);
    if (this.clocks.knownAt) {
      const unknown: Scope = (param) => [
        ...notFolded(folded)(param),
        `(d.doc->>'recordedAt')::timestamptz > ${param(this.clocks.knownAt)}::timestamptz`,
        `(d.doc->>'occurredAt')::timestamptz < ${param(readingMoment(this.clocks))}::timestamptz`,
      ];
      for await (const page of this.live.scan<DevelopmentView>(DEVELOPMENTS, unknown)) for (const doc of page) add(doc, -1);
    }
    return sums.toTotals();
  }

  /** The live documents that are the answer as they stand: not folded here, occurred by asOf, and nothing about them learned after knownAt. */
  private asTheyAre(folded: ReadonlyMap<string, unknown>): Scope {
    const { asOf, knownAt } = this.clocks;
    return (param) => [
      ...notFolded(folded)(param),
      ...(asOf ? [`(d.doc->>'occurredAt')::timestamptz <= ${param(asOf)}::timestamptz`] : []),
      ...(knownAt ? [`(d.doc->>'updatedAt')::timestamptz <= ${param(knownAt)}::timestamptz`] : []),
    ];
  }

  private foldedOnce(): Promise<Map<string, DevelopmentView | null>> {
    return (this.folded ??= this.fold());
  }

  /**
   * The developments the live documents cannot answer for, each folded from its events that pass the
   * clocks (null: none opened it); among them those with events the live documents have not yet applied.
   */
  private async fold(): Promise<Map<string, DevelopmentView | null>> {
    const ids = new Set<string>();
    const note = (event: RecordedEvent) => {
      const id = developmentOfEvent(event);
      if (id !== null) ids.add(id);
    };
    const tail = await this.store.readAll({ after: await this.mark.current(), limit: TAIL + 1 });
    if (tail.length <= TAIL) tail.forEach(note);
    await this.each({ types: ALWAYS_FOLDED }, note);
    if (this.clocks.knownAt) await this.each({ types: LIFECYCLE_EVENT_TYPES, recordedAfter: this.clocks.knownAt }, note);
    if (ids.size === 0) return new Map();
    const events: RecordedEvent[] = [];
    const keep = (event: RecordedEvent) => {
      if (passes(event, this.clocks) && ids.has(developmentOfEvent(event) as string)) events.push(event);
    };
    await this.each({ developmentIds: [...ids] }, keep);
    await this.each({ types: ROUND_LIFECYCLE }, keep);
    const documents = InMemoryDocuments.fold([developmentsProjection], events.sort((a, b) => a.position - b.position));
    const folded = new Map<string, DevelopmentView | null>();
    for (const id of ids) folded.set(id, await documents.get<DevelopmentView>(DEVELOPMENTS, id));
    return folded;
  }

  private async each(filter: Omit<ReadAllFilter, 'after' | 'limit'>, visit: (event: RecordedEvent) => void): Promise<void> {
    for await (const page of this.store.pages({ ...filter, after: 0, limit: PAGE })) for (const event of page) visit(event);
  }
}

const notFolded =
  (folded: ReadonlyMap<string, unknown>): Scope =>
  (param) =>
    folded.size === 0 ? [] : [`NOT (d.id = ANY(${param([...folded.keys()])}::text[]))`];

const present = (folded: ReadonlyMap<string, DevelopmentView | null>): DevelopmentView[] =>
  [...folded.values()].filter((doc): doc is DevelopmentView => doc !== null);

const meets = (doc: DevelopmentView, where: readonly Condition[]) => where.every((c) => matches(doc as unknown as Record<string, unknown>, c));

/** Where a document stands under a ranking's key, as the store orders it; null when it is not ranked there. */
function orderUnder(doc: DevelopmentView, key: string): string | null {
  const entry = developmentsProjection.index!(doc).rankings.find((r) => r.key === key);
  return entry ? rankOrder(entry.rank, doc.id) : null;
}
