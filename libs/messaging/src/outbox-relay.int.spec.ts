import { loadConfig } from '@parley/config';
import { PgEventStore } from '@parley/event-store';
import { ParleyMetrics } from '@parley/metrics';
import { MigratedDatabase, migratedDatabase } from '../../../test/support/migrated-database';
import { readTopic, readWholeTopic } from '../../../test/support/topic-reader';
import { createKafka, ensureTopic } from './kafka';
import { OutboxRelay } from './outbox-relay';

describe('OutboxRelay over a backlog of several large pages', () => {
  // At 4 KB an event, a page is cut at 768 KiB a partition: some 1,100 events, fewer than RELAY_BATCH.
  const backlog = 2_500;
  let db: MigratedDatabase;

  beforeAll(async () => {
    db = await migratedDatabase();
  });
  afterAll(() => db.stop());

  it('publishes every event once, in position order on each partition, and records the head as published', async () => {
    // given events of 40 streams not yet published, more than two relay pages of them once cut to what a
    // broker takes in one request (4 KB an event)
    await db.dataSource.query(
      `INSERT INTO events (position, event_id, stream_id, stream_version, type, schema_version, data, metadata, occurred_at)
       SELECT g, gen_random_uuid(), 'stream-' || (g % 40), 1 + g / 40, 'StatementRecorded', 1,
         jsonb_build_object('quote', 'said "' || g || '"'), jsonb_build_object('correlationId', 'c-' || g, 'note', repeat('x', 4000)), now()
       FROM generate_series(1, $1::int) AS g`,
      [backlog],
    );
    await db.dataSource.query(`UPDATE event_log_head SET position = $1`, [backlog]);

    // when the relay runs
    const config = loadConfig(db.resources.env);
    await ensureTopic(createKafka(config, 'test'), config);
    const relay = new OutboxRelay(config, db.dataSource, new ParleyMetrics());
    relay.onApplicationBootstrap();
    const messages = await readTopic(db.resources.topic, backlog).finally(() => relay.onApplicationShutdown());

    // then the topic holds each event once, keyed by its stream, in order within each partition
    const positions = messages.map((m) => m.value.position as number);
    expect(new Set(positions).size).toBe(backlog);
    expect(Math.max(...positions)).toBe(backlog);
    for (const partition of new Set(messages.map((m) => m.partition))) {
      const inPartition = messages.filter((m) => m.partition === partition).map((m) => m.value.position as number);
      expect(inPartition).toEqual([...inPartition].sort((a, b) => a - b));
    }
    const sample = messages.find((m) => m.value.position === 1_234)!;
    expect(sample.key).toBe('stream-34');
    expect(sample.value).toMatchObject({ streamId: 'stream-34', streamVersion: 31, data: { quote: 'said "1234"' }, metadata: { correlationId: 'c-1234' } });
    expect(await new PgEventStore(db.dataSource).outboxBacklog()).toBe(0);
  });
});

describe('OutboxRelay after a relay stopped between Kafka acknowledging a page and recording it in relay_cursor', () => {
  const events = 30;
  let db: MigratedDatabase;

  beforeAll(async () => {
    db = await migratedDatabase();
  });
  afterAll(() => db.stop());

  const outboxCount = () => new PgEventStore(db.dataSource).outboxBacklog();
  const relayUntilEmpty = async () => {
    const config = loadConfig(db.resources.env);
    const relay = new OutboxRelay(config, db.dataSource, new ParleyMetrics());
    relay.onApplicationBootstrap();
    try {
      for (let waited = 0; (await outboxCount()) > 0; waited += 50) {
        if (waited > 60_000) throw new Error(`the relay still has ${await outboxCount()} events to publish`);
        await new Promise((r) => setTimeout(r, 50));
      }
    } finally {
      await relay.onApplicationShutdown();
    }
  };

  it('publishes those events no more: every event is on the topic once', async () => {
    // given events of 5 streams, published by a relay
    await db.dataSource.query(
      `INSERT INTO events (position, event_id, stream_id, stream_version, type, schema_version, data, metadata, occurred_at)
       SELECT g, gen_random_uuid(), 'stream-' || (g % 5), 1 + g / 5, 'StatementRecorded', 1, jsonb_build_object('quote', 'q' || g), '{}', now()
       FROM generate_series(1, $1::int) AS g`,
      [events],
    );
    await db.dataSource.query(`UPDATE event_log_head SET position = $1`, [events]);
    const config = loadConfig(db.resources.env);
    await ensureTopic(createKafka(config, 'test'), config);
    await relayUntilEmpty();

    // and the cursor 12 events back, as if that relay had stopped before recording its last pages
    await db.dataSource.query(`UPDATE relay_cursor SET published = $1`, [events - 12]);

    // when another relay starts
    await relayUntilEmpty();

    // then the topic holds each event once, in position order on each partition
    const messages = await readWholeTopic(db.resources.topic);
    const positions = messages.map((m) => m.value.position as number);
    expect([...positions].sort((a, b) => a - b)).toEqual(Array.from({ length: events }, (_, i) => i + 1));
    for (const partition of new Set(messages.map((m) => m.partition))) {
      const inPartition = messages.filter((m) => m.partition === partition).map((m) => m.value.position as number);
      expect(inPartition).toEqual([...inPartition].sort((a, b) => a - b));
    }
  });
});
