import { InMemoryDocuments, ListFilter, PROJECTIONS, getTrackStatus, listDevelopments, listExchanges, listStatements } from '@parley/read-models';
import { DataSource, QueryRunner } from 'typeorm';
import { istanbulEvents } from '../../read-models/test/istanbul-events';
import { recorded } from '../../read-models/test/recorded';
import { WriterDatabase, writerDatabase } from '../../../test/support/writer-database';
import { PgDocumentReader } from './pg-document-reader';
import { ProjectionWriter } from './projection-writer';

describe('read models in PostgreSQL', () => {
  let db: WriterDatabase;
  let dataSource: DataSource;
  let writer: ProjectionWriter;
  const events = recorded(istanbulEvents, (e) => ('trackId' in e.data && e.type.startsWith('Talks') ? `track-${e.data.trackId}` : e.type));
  const applyAll = () => db.apply(events);

  beforeAll(async () => {
    db = await writerDatabase();
    ({ dataSource, writer } = db);
  });
  afterAll(() => db.stop());

  it('given the same batch delivered twice, applies it once', async () => {
    await applyAll();
    await applyAll();
    const status = await getTrackStatus(new PgDocumentReader(dataSource), 'russia-ukraine');
    expect(status?.prisonerExchanges).toEqual({ count: 1, returned: { RUS: 307, UKR: 307 } });
  });

  it('answers every query exactly as the same reducers folded in memory', async () => {
    const live = new PgDocumentReader(dataSource);
    const folded = InMemoryDocuments.fold(PROJECTIONS, events);
    for (const reader of [live, folded]) {
      expect(await getTrackStatus(reader, 'russia-ukraine')).toEqual(await getTrackStatus(folded, 'russia-ukraine'));
      expect(await listExchanges(reader, { trackId: 'russia-ukraine' })).toEqual(await listExchanges(folded, { trackId: 'russia-ukraine' }));
      expect(await listStatements(reader, { actor: 'USA', limit: 10 })).toEqual(await listStatements(folded, { actor: 'USA', limit: 10 }));
    }
    expect((await listStatements(live, { target: 'RUS', limit: 10 })).items).toEqual([expect.objectContaining({ speaker: 'Donald Trump' })]);
  });

  it('filters and searches in SQL exactly as in memory, the full text through the stored tsvector', async () => {
    const live = new PgDocumentReader(dataSource);
    const folded = InMemoryDocuments.fold(PROJECTIONS, events);
    const filters: ListFilter[] = [
      { q: 'Putin' },
      { q: '"playing with fire"' },
      { q: 'fire -Putin' },
      { q: 'ceasefire or Putin' },
      { q: 'Al-Ahram' },
      { publisher: 'Al-Ahram Weekly' },
      { publisher: 'Reuters' },
      { trackId: 'russia-ukraine' },
      { confirmed: false },
      { actor: 'USA', via: true },
      { from: '2025-05-27T00:00:00.000Z', to: '2025-06-01T00:00:00.000Z', q: 'Putin' },
    ];
    for (const filter of filters) {
      const [inSql, inMemory] = [await listDevelopments(live, { ...filter, limit: 50 }), await listDevelopments(folded, { ...filter, limit: 50 })];
      expect({ filter, ids: inSql.developments.map((d) => d.id) }).toEqual({ filter, ids: inMemory.developments.map((d) => d.id) });
      expect({ filter, statements: await listStatements(live, { ...filter, limit: 50 }) }).toEqual({ filter, statements: await listStatements(folded, { ...filter, limit: 50 }) });
      expect({ filter, exchanges: await listExchanges(live, filter) }).toEqual({ filter, exchanges: await listExchanges(folded, filter) });
    }
    expect((await listStatements(live, { q: 'playing with fire', limit: 5 })).items).toEqual([expect.objectContaining({ speaker: 'Donald Trump' })]);
    expect((await listStatements(live, { q: 'playing with water', limit: 5 })).items).toEqual([]);
  });

  it('pages a filtered list by cursor in SQL as in memory, every item once', async () => {
    const live = new PgDocumentReader(dataSource);
    const folded = InMemoryDocuments.fold(PROJECTIONS, events);
    for (const reader of [live, folded]) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listDevelopments(reader, { publisher: 'Al-Ahram Weekly', limit: 1, cursor });
        seen.push(...page.developments.map((d) => d.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      const all = (await listDevelopments(reader, { publisher: 'Al-Ahram Weekly', limit: 50 })).developments.map((d) => d.id);
      expect(all.length).toBeGreaterThan(2);
      expect(seen).toEqual(all);
    }
  });

  it('moves the high-water mark to the head once every stored event is applied, and not before', async () => {
    await dataSource.query(`UPDATE event_log_head SET position = $1`, [events.length]);
    await dataSource.query(
      `INSERT INTO events (position, event_id, stream_id, stream_version, type, schema_version, data, metadata, occurred_at)
       SELECT p, gen_random_uuid(), s, v, t, 1, '{}', '{}', now() FROM unnest($1::bigint[], $2::text[], $3::int[], $4::text[]) AS x(p, s, v, t)`,
      [events.map((e) => e.position), events.map((e) => e.streamId), events.map((e) => e.streamVersion), events.map((e) => e.type)],
    );
    const mark = async () => {
      await dataSource.transaction(async (m) => writer.advanceHighWaterMark(m.queryRunner as QueryRunner, [1]));
      return Number((await dataSource.query(`SELECT applied_through FROM read_model_generations WHERE generation = 1`))[0].applied_through);
    };
    expect(await mark()).toBe(events.length);
    await dataSource.query(`UPDATE event_log_head SET position = position + 1`);
    await dataSource.query(
      `INSERT INTO events (position, event_id, stream_id, stream_version, type, schema_version, data, metadata, occurred_at)
       VALUES ($1, gen_random_uuid(), 'unapplied', 1, 'StatementRecorded', 1, '{}', '{}', now())`,
      [events.length + 1],
    );
    expect(await mark()).toBe(events.length);
  });
});
