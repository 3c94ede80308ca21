import { ParleyEvent, cameoOf } from '@parley/domain';
import { DataSource } from 'typeorm';
import { migratedDatabase } from '../../../test/support/migrated-database';
import { StreamVersionConflict } from './errors';
import { PgEventStore } from './pg-event-store';

const statement = (n: number): ParleyEvent => ({
  type: 'StatementRecorded',
  data: {
    developmentId: `s-${n}`,
    speaker: 'Dmitry Peskov',
    actor: 'RUS',
    person: 'PESKOV',
    role: null,
    targets: ['UKR'],
    channel: null,
    quote: `statement ${n}`,
    stance: 'neutral',
    madeAt: '2025-05-30T10:00:00.000Z',
    trackId: null,
    source: null,
    cameo: cameoOf('010'),
  },
  occurredAt: '2025-05-30T10:00:00.000Z',
});

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
    const first = await store.append('statement-a', 0, [statement(1)], { metadata: {} });
    expect(first).toMatchObject({ streamId: 'statement-a', streamVersion: 1 });
    await expect(store.append('statement-a', 0, [statement(2)], { metadata: {} })).rejects.toThrow(StreamVersionConflict);
    await expect(store.append('statement-a', 5, [statement(2)], { metadata: {} })).rejects.toThrow(/is at version 1, not the expected 5/);
    const stream = await store.readStream('statement-a');
    expect(stream.map((e) => e.streamVersion)).toEqual([1]);
  });

  it('writes one outbox row per event in the same transaction', async () => {
    const result = await store.append('statement-b', 0, [statement(3), statement(4)], { metadata: { writtenBy: 'key:test' } });
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE position IN ($1 - 1, $1)`, [result.position]);
    expect(n).toBe(2);
  });

  it('lets a reader tailing by position see every event of many concurrent writers, in order, skipping none', async () => {
    const writers = 24;
    const appendsPerWriter = 40;
    const start = await store.headPosition();
    const seen: number[] = [];
    let writing = true;
    // The reader pages on from the last position it saw, as the relay, rebuilds and read-your-writes do.
    const reader = (async () => {
      let after = start;
      for (;;) {
        const done = !writing;
        const page = await store.readAll({ after, limit: 500 });
        for (const e of page) seen.push(e.position);
        if (page.length > 0) after = page[page.length - 1].position;
        else if (done) return;
      }
    })();
    await Promise.all(
      Array.from({ length: writers }, async (_, w) => {
        for (let i = 0; i < appendsPerWriter; i++) {
          // Odd writers append two events at once, so transactions differ in size and finish out of start order.
          const events = w % 2 ? [statement(i), statement(i + 1)] : [statement(i)];
          await store.append(`statement-w${w}-${i}`, 0, events, { metadata: {} });
        }
      }),
    );
    writing = false;
    await reader;
    const stored: { position: string }[] = await dataSource.query(`SELECT position FROM events WHERE position > $1 ORDER BY position`, [start]);
    expect(seen).toEqual(stored.map((r) => Number(r.position)));
    expect(seen.length).toBe((writers / 2) * appendsPerWriter * 3);
    expect(seen.every((p, i) => i === 0 || p === seen[i - 1] + 1)).toBe(true);
  });
});
