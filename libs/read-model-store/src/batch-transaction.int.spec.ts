import { getTrackStatus } from '@parley/read-models';
import { DataSource } from 'typeorm';
import { istanbulEvents } from '../../read-models/test/istanbul-events';
import { recorded } from '../../read-models/test/recorded';
import { WriterDatabase, writerDatabase } from '../../../test/support/writer-database';
import { PgDocumentReader } from './pg-document-reader';
import { ConsumedOffsets, ProjectionWriter } from './projection-writer';

describe('a projector batch in its own transaction of few round trips', () => {
  let db: WriterDatabase;
  let dataSource: DataSource;
  let writer: ProjectionWriter;
  const events = recorded(istanbulEvents, (e) => ('trackId' in e.data && e.type.startsWith('Talks') ? `track-${e.data.trackId}` : e.type));
  const consumed = (nextOffset: number): ConsumedOffsets => ({ groupId: 'projector', offsets: [{ topic: 'events', partition: 0, nextOffset }] });
  const state = async () => ({
    documents: Number((await dataSource.query(`SELECT count(*) AS n FROM read_model_documents`))[0].n),
    offset: (await dataSource.query(`SELECT next_offset FROM projector_offsets WHERE group_id = 'projector'`))[0]?.next_offset ?? null,
    mark: Number((await dataSource.query(`SELECT applied_through FROM read_model_generations WHERE generation = 1`))[0].applied_through),
  });

  beforeAll(async () => {
    db = await writerDatabase();
    ({ dataSource, writer } = db);
    // The log the events came from, for the high-water mark to measure against.
    await dataSource.query(`UPDATE event_log_head SET position = $1`, [events.length]);
    await dataSource.query(
      `INSERT INTO events (position, event_id, stream_id, stream_version, type, schema_version, data, metadata, occurred_at)
       SELECT p, gen_random_uuid(), s, v, t, 1, '{}', '{}', now() FROM unnest($1::bigint[], $2::text[], $3::int[], $4::text[]) AS x(p, s, v, t)`,
      [events.map((e) => e.position), events.map((e) => e.streamId), events.map((e) => e.streamVersion), events.map((e) => e.type)],
    );
  });
  afterAll(() => db.stop());

  it('given a write of the batch failing: stores none of it, and the next batch goes through on the same pool', async () => {
    const failing = writer.applyInTransaction('blue', events, {
      consumed: consumed(events.length),
      beforeCommit: async (runner) => void (await runner.query(`SELECT 1 / 0`)),
    });
    await expect(failing).rejects.toThrow(/division by zero/);
    expect(await state()).toEqual({ documents: 0, offset: null, mark: 0 });
  });

  it('given a batch for the blue generations: its documents, the consumer offsets and the high-water mark commit together', async () => {
    const half = Math.floor(events.length / 2);
    await writer.applyInTransaction('blue', events.slice(0, half), { consumed: consumed(half) });
    const partway = await state();
    expect(partway).toMatchObject({ offset: String(half), mark: half });
    await writer.applyInTransaction('blue', events.slice(half), { consumed: consumed(events.length) });
    expect(await state()).toMatchObject({ offset: String(events.length), mark: events.length });
    const status = await getTrackStatus(new PgDocumentReader(dataSource), 'russia-ukraine');
    expect(status?.prisonerExchanges).toEqual({ count: 1, returned: { RUS: 307, UKR: 307 } });
  });

  it('given offsets fetched again after a rebalance: never moves a consumer offset back', async () => {
    await writer.applyInTransaction('blue', events.slice(0, 3), { consumed: consumed(3) });
    expect((await state()).offset).toBe(String(events.length));
  });
});
