import { migratedDatabase } from '../../../test/support/migrated-database';
import { peskovStatement } from '../../../test/support/peskov-statement';
import { AppendsRefused, IdempotencyKeyTaken, StreamVersionConflict } from './errors';
import { EventStore, StreamAppend } from './event-store';
import { InMemoryEventStore } from './in-memory-event-store';
import { PgEventStore } from './pg-event-store';

const plain = (streamId: string, expectedVersion: number, n: number): StreamAppend => ({ streamId, expectedVersion, events: [peskovStatement(n)], options: { metadata: {} } });
const keyed = (streamId: string, key: string, n: number): StreamAppend => ({
  ...plain(streamId, 0, n),
  options: { metadata: {}, idempotency: { scope: 'key:test', key, requestHash: 'h', response: (r) => ({ position: r.position }) } },
});

const refusalOf = async (appending: Promise<unknown>): Promise<AppendsRefused> => {
  const error = await appending.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppendsRefused);
  return error as AppendsRefused;
};

/** appendMany on PostgreSQL (one transaction through writeBatch) and in memory (what API specifications use): one contract. */
describe.each([
  ['PostgreSQL', async () => {
    const db = await migratedDatabase();
    return { store: new PgEventStore(db.dataSource) as EventStore, stop: () => db.stop() };
  }],
  ['in memory', async () => ({ store: new InMemoryEventStore() as EventStore, stop: async () => undefined })],
])('appendMany, %s', (_name, open) => {
  let store: EventStore;
  let stop: () => Promise<void>;
  beforeAll(async () => ({ store, stop } = await open()));
  afterAll(() => stop());

  it('appends to many streams at once, chaining appends to one stream, positions in the order given', async () => {
    const head = await store.headPosition();
    const results = await store.appendMany([plain('many-a', 0, 1), plain('many-b', 0, 2), plain('many-a', 1, 3)]);
    expect(results.map((r) => [r.streamId, r.streamVersion, r.position - head])).toEqual([['many-a', 1, 1], ['many-b', 1, 2], ['many-a', 2, 3]]);
    expect((await store.readStream('many-a')).map((e) => e.data)).toMatchObject([{ quote: 'statement 1' }, { quote: 'statement 3' }]);
  });

  it('chains appends to one stream and names a refused append by its place among all, however many there are', async () => {
    const chained = Array.from({ length: 600 }, (_, i) => plain('many-long', i, i));
    expect((await store.appendMany(chained)).at(-1)).toMatchObject({ streamId: 'many-long', streamVersion: 600 });
    await store.appendMany([keyed('many-keyed', 'k-late', 1)]);
    const late = [...Array.from({ length: 550 }, (_, i) => plain(`many-late-${i}`, 0, i)), keyed('many-keyed-2', 'k-late', 2)];
    expect([...(await refusalOf(store.appendMany(late))).refused.keys()]).toEqual([550]);
  });

  it('stores text and answers exactly as given, whatever quotes, backslashes, braces or scripts they hold', async () => {
    const quote = `He said: "it's {over}, \\\\ done", NULL, \\"; 'a,b' — Переговоры 谈判 🕊\\u0000 \\n`;
    const metadata = { writtenBy: `key:o'brien\\"{x}`, correlationId: 'NULL' };
    const idempotency = { scope: 'key:test', key: `k'"\\{}`, requestHash: 'h', response: () => ({ quote }) };
    await store.appendMany([{ streamId: `many-"text'\\{}`, expectedVersion: 0, events: [peskovStatement(9, { quote, speaker: '' })], options: { metadata, idempotency } }]);
    const [event] = await store.readStream(`many-"text'\\{}`);
    expect(event).toMatchObject({ streamId: `many-"text'\\{}`, data: { quote, speaker: '' }, metadata });
    expect(await store.findAnswer('key:test', idempotency.key)).toEqual({ requestHash: 'h', response: { quote } });
  });

  it('reads many streams at once, each in version order, none for a stream without events', async () => {
    const streams = await store.readStreams(['many-b', 'many-a', 'many-none']);
    expect([...streams].map(([id, events]) => [id, events.map((e) => e.streamVersion)])).toEqual([['many-b', [1]], ['many-a', [1, 2]], ['many-none', []]]);
  });

  it('stores none when one stream moved on, naming that append', async () => {
    const head = await store.headPosition();
    const refusal = await refusalOf(store.appendMany([plain('many-c', 0, 4), plain('many-a', 1, 5)]));
    expect([...refusal.refused.keys()]).toEqual([1]);
    expect(refusal.refused.get(1)).toBeInstanceOf(StreamVersionConflict);
    expect(await store.headPosition()).toBe(head);
    expect(await store.readStream('many-c')).toEqual([]);
  });

  it('stores none when an idempotency key was taken, naming that append, and keeps the first answer', async () => {
    const [first] = await store.appendMany([keyed('many-d', 'k1', 6)]);
    const head = await store.headPosition();
    const refusal = await refusalOf(store.appendMany([keyed('many-e', 'k2', 7), keyed('many-f', 'k1', 8)]));
    expect(refusal.refused.get(1)).toBeInstanceOf(IdempotencyKeyTaken);
    expect(await store.headPosition()).toBe(head);
    expect(await store.findAnswer('key:test', 'k1')).toEqual({ requestHash: 'h', response: { position: first.position } });
    expect(await store.findAnswer('key:test', 'k2')).toBeNull();
  });
});
