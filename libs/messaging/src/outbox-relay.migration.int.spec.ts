import { loadConfig } from '@parley/config';
import { LogIsTheOutbox1765000100000, PgEventStore } from '@parley/event-store';
import { ParleyMetrics } from '@parley/metrics';
import { MigratedDatabase, migratedDatabase } from '../../../test/support/migrated-database';
import { readWholeTopic } from '../../../test/support/topic-reader';
import { createKafka, ensureTopic } from './kafka';
import { OutboxRelay } from './outbox-relay';

describe('OutboxRelay on a log migrated from the outbox table', () => {
  const migration = new LogIsTheOutbox1765000100000();
  let db: MigratedDatabase;

  beforeAll(async () => {
    db = await migratedDatabase();
  });
  afterAll(() => db.stop());

  const store = (from: number, to: number) =>
    db.dataSource.query(
      `WITH stored AS (
         INSERT INTO events (position, event_id, stream_id, stream_version, type, schema_version, data, metadata, occurred_at)
         SELECT g, gen_random_uuid(), 'stream-' || g, 1, 'StatementRecorded', 1, jsonb_build_object('quote', 'q' || g), '{}', now()
         FROM generate_series($1::int, $2::int) AS g)
       UPDATE event_log_head SET position = $2`,
      [from, to],
    );
  /** The schema as it was before the migration, with the outbox rows an older relay had left. */
  const before = async (outbox: [number, number] | null) => {
    await db.dataSource.transaction((manager) => migration.down(manager.queryRunner!));
    await db.dataSource.query(`DELETE FROM outbox`);
    if (outbox) await db.dataSource.query(`INSERT INTO outbox (position) SELECT generate_series($1::int, $2::int)`, outbox);
  };
  const migrate = () => db.dataSource.transaction((manager) => migration.up(manager.queryRunner!));
  const relayUntilPublished = async () => {
    const relay = new OutboxRelay(loadConfig(db.resources.env), db.dataSource, new ParleyMetrics());
    relay.onApplicationBootstrap();
    try {
      while ((await new PgEventStore(db.dataSource).outboxBacklog()) > 0) await new Promise((r) => setTimeout(r, 50));
    } finally {
      await relay.onApplicationShutdown();
    }
  };
  const onTopic = async () => (await readWholeTopic(db.resources.topic)).map((m) => m.value.position as number).sort((a, b) => a - b);
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

  it('publishes exactly the rows the outbox held, then, migrated with an empty outbox, only what is appended after', async () => {
    const config = loadConfig(db.resources.env);
    await ensureTopic(createKafka(config, 'test'), config);

    // given 30 events, of which an older relay had published the first 20 (their rows deleted) but not
    // the last 10, when the outbox table is migrated away and a relay starts on a topic without a position
    await store(1, 30);
    await before([21, 30]);
    await migrate();
    await relayUntilPublished();
    // then the topic holds those 10, once each
    expect(await onTopic()).toEqual(range(21, 30));

    // given an outbox emptied by the older relay, when migrated, 5 appended and the relay started again
    await before(null);
    await migrate();
    await store(31, 35);
    await relayUntilPublished();
    // then nothing before them is published again
    expect(await onTopic()).toEqual(range(21, 35));
  });
});
