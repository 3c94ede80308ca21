import { ParleyEvent, RecordedEvent } from '@parley/domain';
import { DEVELOPMENTS, DocumentReader, InMemoryDocuments, PROJECTIONS, dyadTension, tensionOverview } from '@parley/read-models';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { recorded } from '../../read-models/test/recorded';
import { eventsOf, strike } from '../../read-models/test/strikes';
import { WriterDatabase, writerDatabase } from '../../../test/support/writer-database';
import { COPY_FROM_ROWS } from './copy-rows';
import { PgDocumentReader } from './pg-document-reader';

describe('sums and rankings of read models in PostgreSQL', () => {
  let db: WriterDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await writerDatabase();
    dataSource = db.dataSource;
  });
  afterAll(() => db.stop());

  const applyInBatches = async (events: RecordedEvent[], size: number) => {
    for (let i = 0; i < events.length; i += size) await db.apply(events.slice(i, i + size));
  };

  const readingsOf = async (reader: DocumentReader) => ({
    totals: await reader.totals(DEVELOPMENTS, ['']),
    ranked: await reader.ranked(DEVELOPMENTS, 'dyad:RUS-UKR', { where: [], limit: 1_000 }),
    dyad: await dyadTension(reader, 'RUS-UKR', { asOf: '2025-01-12T23:59:59.000Z', limit: 10 }),
    direction: await dyadTension(reader, 'RUS-UKR', { asOf: '2025-03-15T00:00:00.000Z', from: 'UKR', limit: 10 }),
    overview: await tensionOverview(reader, { asOf: '2024-12-31T08:00:00.000Z' }),
  });

  // 300 developments, a third of them moved to another month, and some retracted
  const strikes = fc.sample(strike, { numRuns: 300, seed: 42 });
  const corrections: ParleyEvent[] = strikes
    .filter((_, i) => i % 3 === 0)
    .map((s, i) => ({
      type: 'DevelopmentCorrected',
      data: {
        developmentId: s.id,
        kind: 'military_strike',
        trackId: null,
        changes: { occurredAt: new Date(Date.parse(s.occurredAt) + (i % 2 ? 1 : -1) * 35 * 86_400_000).toISOString() },
        reason: 'date misreported',
      },
      occurredAt: s.occurredAt,
    }));
  const events = recorded([...eventsOf(strikes), ...corrections], (e) => (e.data as { developmentId: string }).developmentId);

  it('given strikes recorded, corrected into other months and retracted, in batches: answers exactly as the fold in memory', async () => {
    // When the store applies them in batches of 37, each a few rows a statement
    await applyInBatches(events, 37);

    // Then its sums, rankings and tension readings are those of the same reducers folded in memory
    const stored = await readingsOf(new PgDocumentReader(dataSource));
    const folded = await readingsOf(InMemoryDocuments.fold(PROJECTIONS, events));
    expect(stored).toEqual(folded);
    expect(stored.ranked.length).toBeGreaterThan(10);
    expect(stored.dyad.contributionCount).toBeGreaterThan(0);
  });

  it('given the same in one batch, its new documents and rankings loaded by COPY: the same answers', async () => {
    expect(strikes.length).toBeGreaterThanOrEqual(COPY_FROM_ROWS);
    const other = await writerDatabase();
    try {
      await other.apply(events);
      expect(await readingsOf(new PgDocumentReader(other.dataSource))).toEqual(await readingsOf(InMemoryDocuments.fold(PROJECTIONS, events)));
    } finally {
      await other.stop();
    }
  });

  it('given everything retracted: keeps no sum and no ranking behind', async () => {
    const count = async (table: string) => (await dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
    expect(await count('read_model_totals')).toBeGreaterThan(0);
    const ids: { id: string }[] = await dataSource.query(
      `SELECT id FROM read_model_documents WHERE projection = $1 AND doc->>'retracted' = 'false'`,
      [DEVELOPMENTS],
    );
    const retractions = recorded(
      ids.map(({ id }) => ({ type: 'DevelopmentRetracted', data: { developmentId: id, kind: 'military_strike', trackId: null, reason: null }, occurredAt: '2025-08-01T00:00:00.000Z' })),
      () => 'unused',
    ).map((e, i) => ({ ...e, streamId: (e.data as { developmentId: string }).developmentId, streamVersion: 1_000 + i }));

    await applyInBatches(retractions, 50);

    expect(await count('read_model_totals')).toBe(0);
    expect(await count('read_model_rankings')).toBe(0);
  });
});
