import { peskovStatement } from '../../../test/support/peskov-statement';
import { IdempotencyKeyTaken, StreamVersionConflict } from './errors';
import { InMemoryEventStore } from './in-memory-event-store';

/** The in-memory store keeps the contract the API specifications rely on, as PgEventStore does (pg-event-store.int.spec.ts). */
describe('in-memory event store', () => {
  let store: InMemoryEventStore;
  beforeEach(() => {
    store = new InMemoryEventStore();
  });

  it('appends to a stream at its expected version and refuses a stale one, storing nothing of it', async () => {
    expect(await store.append('statement-a', 0, [peskovStatement(1)], { metadata: {} })).toMatchObject({ streamId: 'statement-a', streamVersion: 1, position: 1 });
    await expect(store.append('statement-a', 0, [peskovStatement(2)], { metadata: {} })).rejects.toThrow(StreamVersionConflict);
    await expect(store.append('statement-a', 5, [peskovStatement(2)], { metadata: {} })).rejects.toThrow(/is at version 1, not the expected 5/);
    expect((await store.readStream('statement-a')).map((e) => e.streamVersion)).toEqual([1]);
  });

  it('gives an idempotency key to the first append that claims it, with the answer it stores', async () => {
    const keyed = (streamId: string) =>
      store.append(streamId, 0, [peskovStatement(7)], { metadata: {}, idempotency: { scope: 'key:test', key: 'k', requestHash: 'h', response: (r) => ({ position: r.position }) } });
    const first = await keyed('statement-1');
    await expect(keyed('statement-2')).rejects.toThrow(IdempotencyKeyTaken);
    expect(await store.findAnswer('key:test', 'k')).toEqual({ requestHash: 'h', response: { position: first.position } });
    expect(await store.readStream('statement-2')).toEqual([]);
  });

  it('stores events as PostgreSQL does: JSON in, decoded out, times as ISO instants', async () => {
    await store.append('statement-a', 0, [{ ...peskovStatement(1), occurredAt: '2025-05-30T12:00:00+02:00' }], { metadata: { writtenBy: 'key:test' } });
    const [stored] = await store.readStream('statement-a');
    expect(stored).toMatchObject({ type: 'StatementRecorded', occurredAt: '2025-05-30T10:00:00.000Z', metadata: { writtenBy: 'key:test' }, position: 1 });
    expect(stored.data).toEqual(JSON.parse(JSON.stringify(peskovStatement(1).data)));
  });

  it('reads in position order, filtered as readAll is, every event of a stream that names an actor anywhere', async () => {
    await store.append('statement-a', 0, [peskovStatement(1), peskovStatement(2, { targets: ['USA'] })], { metadata: {} });
    await store.append('statement-b', 0, [peskovStatement(3)], { metadata: {} });
    const positions = async (filter: object) => (await store.readAll({ after: 0, limit: 10, ...filter })).map((e) => e.position);
    expect(await positions({ actor: 'USA' })).toEqual([1, 2]);
    expect(await positions({ streamId: 'statement-b' })).toEqual([3]);
    expect(await positions({ after: 1, through: 2 })).toEqual([2]);
    expect(await positions({ limit: 2 })).toEqual([1, 2]);
    expect(await store.streamOfDevelopment('s-3')).toBe('statement-b');
    expect(await store.headPosition()).toBe(3);
  });
});
