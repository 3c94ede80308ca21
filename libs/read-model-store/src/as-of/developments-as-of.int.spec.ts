import { ParleyEvent, RecordedEvent, developmentOfEvent, talksDevelopmentId } from '@parley/domain';
import { PgEventStore, StreamAppend } from '@parley/event-store';
import {
  DEVELOPMENTS,
  DocumentReader,
  InMemoryDocuments,
  Total,
  developmentsProjection,
  dyadTension,
  tensionOverview,
} from '@parley/read-models';
import fc from 'fast-check';
import { followUps } from '../../../read-models/test/follow-ups';
import { istanbulEvents } from '../../../read-models/test/istanbul-events';
import { eventsOf, strike } from '../../../read-models/test/strikes';
import { WriterDatabase, writerDatabase } from '../../../../test/support/writer-database';
import { HighWaterMark } from '../high-water-mark';
import { PgDocumentReader } from '../pg-document-reader';
import { Clocks, isAmendment, readingMoment } from './clocks';
import { DevelopmentsAsOf } from './developments-as-of';

const streamOf = (event: ParleyEvent) => (event.type.startsWith('Talks') ? 'track-russia-ukraine' : `development-${developmentOfEvent(event)}`);

/** The log in four rounds, each one transaction (one recordedAt), each development's amendments after its report. */
function rounds(): ParleyEvent[][] {
  const strikes = fc.sample(strike, { numRuns: 120, seed: 7 });
  const reports = eventsOf(strikes).filter((e) => e.type !== 'DevelopmentRetracted');
  const retractions = eventsOf(strikes).filter((e) => e.type === 'DevelopmentRetracted');
  const corrections = strikes
    .filter((_, i) => i % 4 === 0)
    .map((s, i) => followUps(s.id, s.move ? (s.move.split(':')[0] as 'ceasefire' | 'agreement') : 'military_strike').corrected({ occurredAt: new Date(Date.parse(s.occurredAt) + (i % 2 ? 1 : -1) * 20 * 86_400_000).toISOString() }));
  const sourced = strikes.filter((_, i) => i % 5 === 1).map((s) => followUps(s.id, s.move ? (s.move.split(':')[0] as 'ceasefire' | 'agreement') : 'military_strike').attached({ publisher: 'BBC' }));
  const [exchange, scheduled, started, concluded, ...rest] = istanbulEvents;
  return [
    [...reports.slice(0, 60), exchange, scheduled],
    [...reports.slice(60), started, ...rest],
    [...corrections, concluded],
    [...sourced, ...retractions],
  ];
}

describe('the developments as of a moment, read from the live documents in PostgreSQL', () => {
  let db: WriterDatabase;
  let log: RecordedEvent[];
  let asOf: DevelopmentsAsOf;
  let store: PgEventStore;

  beforeAll(async () => {
    db = await writerDatabase();
    store = new PgEventStore(db.dataSource);
    const versions = new Map<string, number>();
    for (const round of rounds()) {
      const appends: StreamAppend[] = round.map((event) => {
        const streamId = streamOf(event);
        const expectedVersion = versions.get(streamId) ?? 0;
        versions.set(streamId, expectedVersion + 1);
        return { streamId, expectedVersion, events: [event], options: { metadata: { source: { publisher: 'Reuters' } } } };
      });
      await store.appendMany(appends);
      // Rounds a few milliseconds apart, so each has a recordedAt of its own.
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    log = [];
    for await (const page of store.pages({ after: 0, limit: 1_000 })) log.push(...page);
    for (let i = 0; i < log.length; i += 50) await db.apply(log.slice(i, i + 50));
    // Every event applied: the answers below are read from the live documents, not folded from the log.
    expect(await new HighWaterMark(db.dataSource).current()).toBe(log.length);
    asOf = new DevelopmentsAsOf(store, new PgDocumentReader(db.dataSource), new HighWaterMark(db.dataSource));
  });
  afterAll(() => db.stop());

  /** The reference: the reducer folded in memory over the events that pass the clocks. */
  const folded = ({ asOf: occurred, knownAt }: Clocks) =>
    InMemoryDocuments.fold(
      [developmentsProjection],
      log.filter((e) => (!occurred || isAmendment(e) || e.occurredAt <= occurred) && (!knownAt || e.recordedAt <= knownAt)),
    );

  const ids = () => [...new Set(log.map((e) => developmentOfEvent(e)).filter((id): id is string => id !== null))];

  /** Totals the clocks' moment may read: those of periods ended by then. */
  const ended = (totals: Total[], clocks: Clocks) =>
    totals.filter((t) => Date.parse(developmentsProjection.totalPeriodEnd!(t.key)) <= Date.parse(readingMoment(clocks)));

  /** Readings add floating-point weights in the order documents come, which SQL does not fix: equal to twelve digits. */
  const rounded = <T>(value: T): T =>
    JSON.parse(JSON.stringify(value, (_, x) => (typeof x === 'number' && !Number.isInteger(x) ? Number(x.toPrecision(12)) : x)));

  const answers = async (reader: DocumentReader, clocks: Clocks) => {
    const moment = readingMoment(clocks);
    const byId = (docs: { id: string }[]) => [...docs].sort((a, b) => (a.id < b.id ? -1 : 1));
    return {
      each: await Promise.all(ids().map((id) => reader.get(DEVELOPMENTS, id))),
      latest: await reader.find(DEVELOPMENTS, { where: [{ field: 'retracted', op: 'eq', value: false }], orderBy: [{ field: 'sortKey', direction: 'desc' }], limit: 25 }),
      ofUkraine: await reader.find(DEVELOPMENTS, { where: [{ field: 'involved', op: 'contains', value: 'UKR' }], orderBy: [{ field: 'sortKey', direction: 'asc' }] }),
      unordered: byId(await reader.find<{ id: string }>(DEVELOPMENTS, { where: [{ field: 'kind', op: 'eq', value: 'military_strike' }], orderBy: [] })),
      ranked: await reader.ranked(DEVELOPMENTS, 'dyad:RUS-UKR', { where: [], limit: 30 }),
      totals: ended(await reader.totals(DEVELOPMENTS, ['']), clocks),
      dyad: rounded(await dyadTension(reader, 'RUS-UKR', { asOf: moment, limit: 10 })),
      overview: rounded(await tensionOverview(reader, { asOf: moment })),
    };
  };

  const recordedAts = () => [...new Set(log.map((e) => e.recordedAt))].sort();
  const occurredAts = () => log.map((e) => e.occurredAt).sort();

  it('given reports, corrections, sources, retractions and a round of talks in four transactions: answers asOf exactly as the fold of what had occurred', async () => {
    const moments = [0.1, 0.35, 0.5, 0.8, 0.97].map((q) => occurredAts()[Math.floor(q * log.length)]);
    for (const moment of moments) {
      const clocks = { asOf: moment };
      expect(await answers(asOf.at(clocks), clocks)).toEqual(await answers(folded(clocks), clocks));
    }
    // The moments were not trivial: some developments had not yet occurred, and some had.
    const middle = await asOf.at({ asOf: moments[2] }).find(DEVELOPMENTS, { where: [], orderBy: [] });
    expect(middle.length).toBeGreaterThan(10);
    expect(middle.length).toBeLessThan(ids().length - 10);
  });

  it('answers knownAt exactly as the fold of what was recorded by then, the millisecond named included', async () => {
    const [first, second, third] = recordedAts();
    expect(recordedAts()).toHaveLength(4);
    for (const knownAt of [first, second, third, new Date(Date.parse(second) - 1).toISOString()]) {
      const clocks = { knownAt };
      expect(await answers(asOf.at(clocks), clocks)).toEqual(await answers(folded(clocks), clocks));
    }
    // Known at the first round's recordedAt: exactly that round's developments, none of their amendments.
    const known = await asOf.at({ knownAt: first }).find<{ corrections: number; retracted: boolean }>(DEVELOPMENTS, { where: [], orderBy: [] });
    expect(known).toHaveLength(62);
    expect(known.every((d) => d.corrections === 0 && !d.retracted)).toBe(true);
  });

  it('answers both clocks together exactly as the fold of what had occurred and was recorded', async () => {
    const [, second, third] = recordedAts();
    for (const clocks of [
      { asOf: occurredAts()[Math.floor(log.length / 2)], knownAt: second },
      { asOf: '2025-06-02T09:30:00.000Z', knownAt: third },
      { asOf: '2025-01-20T00:00:00.000Z', knownAt: third },
    ]) {
      expect(await answers(asOf.at(clocks), clocks)).toEqual(await answers(folded(clocks), clocks));
    }
    // The round was in session at 09:30 on 2 June 2025, as known once its start was recorded.
    const round = await asOf.at({ asOf: '2025-06-02T09:30:00.000Z', knownAt: third }).get<{ details: { status: string } }>(DEVELOPMENTS, talksDevelopmentId('russia-ukraine', 2));
    expect(round?.details.status).toBe('in_session');
  });

  it('given a report stored but not yet applied to the live documents: answers with it, as the whole log does', async () => {
    const [late] = eventsOf(fc.sample(strike, { numRuns: 1, seed: 99 })).map((e) => ({ ...e, occurredAt: '2025-01-05T00:00:00.000Z', data: { ...e.data, occurredAt: '2025-01-05T00:00:00.000Z' } }) as ParleyEvent);
    await store.append(streamOf(late), 0, [late], { metadata: { source: { publisher: 'Reuters' } } });
    const id = developmentOfEvent(late) as string;

    const then = asOf.at({ asOf: '2025-01-06T00:00:00.000Z' });
    expect(await then.get(DEVELOPMENTS, id)).toMatchObject({ id, occurredAt: '2025-01-05T00:00:00.000Z' });
    expect((await then.find<{ id: string }>(DEVELOPMENTS, { where: [], orderBy: [] })).map((d) => d.id)).toContain(id);
    expect(await new PgDocumentReader(db.dataSource).get(DEVELOPMENTS, id)).toBeNull();
  });
});
