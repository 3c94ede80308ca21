import { DataSource, DataSourceOptions } from 'typeorm';
import { migratedDatabase } from '../../../test/support/migrated-database';
import { peskovStatement } from '../../../test/support/peskov-statement';
import { IdempotencyKeyTaken, StreamVersionConflict } from './errors';
import { PgEventStore } from './pg-event-store';

describe('PostgreSQL event store', () => {
  let db: Awaited<ReturnType<typeof migratedDatabase>>;
  let store: PgEventStore;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await migratedDatabase();
    dataSource = db.dataSource;
    store = new PgEventStore(dataSource);
  });
  afterAll(() => db.stop());

  it('appends to a stream at its expected version and refuses a stale one', async () => {
    const first = await store.append('statement-a', 0, [peskovStatement(1)], { metadata: {} });
    expect(first).toMatchObject({ streamId: 'statement-a', streamVersion: 1 });
    await expect(store.append('statement-a', 0, [peskovStatement(2)], { metadata: {} })).rejects.toThrow(StreamVersionConflict);
    await expect(store.append('statement-a', 5, [peskovStatement(2)], { metadata: {} })).rejects.toThrow(/is at version 1, not the expected 5/);
    const stream = await store.readStream('statement-a');
    expect(stream.map((e) => e.streamVersion)).toEqual([1]);
  });

  it('stores text exactly as given, whatever quotes, backslashes, braces or scripts it holds', async () => {
    const quote = `He said: "it's {over}, \\\\ done", NULL, \\"; 'a,b' — Переговоры 谈判 🕊\\u0000 \\n`;
    const metadata = { writtenBy: `key:o'brien\\"{x}`, correlationId: 'NULL' };
    const { streamId } = await store.append(`statement-"text'\\{}`, 0, [peskovStatement(1, { quote, speaker: '' })], { metadata });
    const [event] = await store.readStream(streamId);
    expect(event).toMatchObject({ streamId: `statement-"text'\\{}`, data: { quote, speaker: '' }, metadata });
  });

  it('reads an event as known at the recordedAt it shows, to the millisecond, though the column keeps microseconds', async () => {
    const { position } = await store.append('statement-known', 0, [peskovStatement(5)], { metadata: {} });
    // As now() records it, with microseconds past the millisecond shown
    await dataSource.query(`UPDATE events SET recorded_at = '2026-12-08T10:00:00.123456Z' WHERE position = $1`, [position]);
    const [event] = await store.readStream('statement-known');
    expect(event.recordedAt).toBe('2026-12-08T10:00:00.123Z');
    const around = { after: position - 1, through: position, limit: 10 };
    const justBefore = new Date(Date.parse(event.recordedAt) - 1).toISOString();

    expect(await store.readAll({ ...around, recordedTo: event.recordedAt })).toHaveLength(1);
    expect(await store.readAll({ ...around, recordedTo: justBefore })).toHaveLength(0);
    expect(await store.readAll({ ...around, recordedAfter: event.recordedAt })).toHaveLength(0);
    expect(await store.readAll({ ...around, recordedAfter: justBefore })).toHaveLength(1);
    expect(await store.readAll({ ...around, types: ['StatementRecorded', 'SourceAttached'], developmentIds: [(event.data as { developmentId: string }).developmentId] })).toHaveLength(1);
    expect(await store.readAll({ ...around, developmentIds: ['no-such-development'] })).toHaveLength(0);
  });

  it('counts an append in the relay backlog until the relay records it published', async () => {
    const before = await store.outboxBacklog();
    const result = await store.append('statement-b', 0, [peskovStatement(3), peskovStatement(4)], { metadata: { writtenBy: 'key:test' } });
    expect(await store.outboxBacklog()).toBe(before + 2);
    await dataSource.query(`UPDATE relay_cursor SET published = $1`, [result.position]);
    expect(await store.outboxBacklog()).toBe(0);
  });

  describe('given several processes, each with its own pool and group commit, appending at once', () => {
    const processes = 4;
    const writersPerProcess = 6;
    const appendsPerWriter = 25;
    let peers: DataSource[];

    beforeAll(async () => {
      // What a second api process would have: a pool of its own, so its transactions overlap the others' in PostgreSQL.
      peers = await Promise.all(
        Array.from({ length: processes }, () =>
          new DataSource({ ...dataSource.options, migrationsRun: false, extra: { ...dataSource.options.extra, max: 2 } } as DataSourceOptions).initialize(),
        ),
      );
    });
    afterAll(() => Promise.all(peers.map((peer) => peer.destroy())));

    it('lets a reader tailing by position see every event exactly once, in order, and refuses no append', async () => {
      const stores = peers.map((peer) => new PgEventStore(peer));
      const start = await store.headPosition();
      const seen: { position: number; eventId: string }[] = [];
      let writing = true;
      let mostWaitingOnALock = 0;
      // The reader pages on from the last position it saw, as the relay, rebuilds and read-your-writes do.
      const reader = (async () => {
        let after = start;
        for (;;) {
          const done = !writing;
          const page = await store.readAll({ after, limit: 500 });
          for (const e of page) seen.push({ position: e.position, eventId: e.eventId });
          if (page.length > 0) after = page[page.length - 1].position;
          else if (done) return;
        }
      })();
      // Evidence that the appends overlap: while one transaction holds the log's head, another waits for it.
      const watcher = (async () => {
        while (writing) {
          const [{ n }] = await dataSource.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
          );
          mostWaitingOnALock = Math.max(mostWaitingOnALock, n);
        }
      })();
      const outcomes = await Promise.allSettled(
        stores.flatMap((processStore, p) =>
          Array.from({ length: writersPerProcess }, async (_, w) => {
            const eventIds: string[] = [];
            for (let i = 0; i < appendsPerWriter; i++) {
              // Every other writer appends two events at once, so transactions differ in size and finish out of start order.
              const events = w % 2 ? [peskovStatement(i), peskovStatement(i + 1)] : [peskovStatement(i)];
              eventIds.push(...(await processStore.append(`statement-p${p}-w${w}-${i}`, 0, events, { metadata: {} })).eventIds);
            }
            return eventIds;
          }),
        ),
      );
      writing = false;
      await Promise.all([reader, watcher]);

      expect(outcomes.filter((o) => o.status === 'rejected')).toEqual([]);
      expect(mostWaitingOnALock).toBeGreaterThan(0);
      const appended = outcomes.flatMap((o) => (o as PromiseFulfilledResult<string[]>).value);
      expect(appended).toHaveLength(processes * (writersPerProcess / 2) * appendsPerWriter * 3);
      expect(seen.map((e) => e.position)).toEqual(Array.from({ length: appended.length }, (_, i) => start + i + 1));
      expect(seen.map((e) => e.eventId).sort()).toEqual([...appended].sort());
    });
  });

  describe('given appends that arrive while a batch is being committed (group commit)', () => {
    const together = (appends: (() => Promise<unknown>)[]) => Promise.allSettled(appends.map((append) => append()));
    const recordedAtCount = async (prefix: string) =>
      Number((await dataSource.query(`SELECT count(DISTINCT recorded_at) AS n FROM events WHERE stream_id LIKE $1`, [`${prefix}%`]))[0].n);

    it('commits them in shared transactions and refuses only the one whose stream moved on', async () => {
      await store.append('statement-gc-stale', 0, [peskovStatement(1)], { metadata: {} });
      const outcomes = await together([
        ...Array.from({ length: 40 }, (_, i) => () => store.append(`statement-gc-${i}`, 0, [peskovStatement(i)], { metadata: {} })),
        () => store.append('statement-gc-stale', 0, [peskovStatement(2)], { metadata: {} }),
      ]);
      expect(outcomes.slice(0, 40).every((o) => o.status === 'fulfilled')).toBe(true);
      expect(outcomes[40]).toMatchObject({ status: 'rejected', reason: expect.any(StreamVersionConflict) });
      expect(await recordedAtCount('statement-gc-')).toBeLessThanOrEqual(3);
      const positions = outcomes.slice(0, 40).map((o) => (o as PromiseFulfilledResult<{ position: number }>).value.position);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    });

    it('isolates an append that breaks the transaction: the rest of its batch still commits', async () => {
      const broken = { ...peskovStatement(0), occurredAt: 'not a time' };
      const outcomes = await together([
        ...Array.from({ length: 10 }, (_, i) => () => store.append(`statement-iso-${i}`, 0, [peskovStatement(i)], { metadata: {} })),
        () => store.append('statement-iso-broken', 0, [broken], { metadata: {} }),
        () => store.append('statement-iso-after', 0, [peskovStatement(99)], { metadata: {} }),
      ]);
      expect(outcomes.map((o) => o.status)).toEqual([...Array(10).fill('fulfilled'), 'rejected', 'fulfilled']);
      expect(await store.readStream('statement-iso-broken')).toEqual([]);
      expect((await store.readStream('statement-iso-after')).map((e) => e.streamVersion)).toEqual([1]);
    });

    it('gives an idempotency key to the first append that claims it, in the batch or before it', async () => {
      const keyed = (streamId: string, key: string) =>
        store.append(streamId, 0, [peskovStatement(7)], {
          metadata: {},
          idempotency: { scope: 'key:test', key, requestHash: 'h', response: (r) => ({ position: r.position }) },
        });
      const earlier = await keyed('statement-idem-earlier', 'k-earlier');
      const outcomes = await together([
        () => store.append('statement-idem-other', 0, [peskovStatement(8)], { metadata: {} }),
        () => keyed('statement-idem-1', 'k-twin'),
        () => keyed('statement-idem-2', 'k-twin'),
        () => keyed('statement-idem-3', 'k-earlier'),
      ]);
      expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'rejected']);
      expect((outcomes[2] as PromiseRejectedResult).reason).toBeInstanceOf(IdempotencyKeyTaken);
      expect(await store.findAnswer('key:test', 'k-twin')).toEqual({
        requestHash: 'h',
        response: { position: (outcomes[1] as PromiseFulfilledResult<{ position: number }>).value.position },
      });
      expect(await store.findAnswer('key:test', 'k-earlier')).toMatchObject({ response: { position: earlier.position } });
      expect(await store.readStream('statement-idem-2')).toEqual([]);
    });
  });
});
