import { exchangeOf24May } from '../support/istanbul';
import { ParleyUnderTest, startParley } from '../support/parley-under-test';
import { eventually } from '../support/parley-process';

const WRITES = 200;
const exchange = (i: number) => ({ ...exchangeOf24May, occurredAt: new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString() });

describe('PostgreSQL connections dropped during writes', () => {
  let parley: ParleyUnderTest;
  const post = (i: number) => parley.post('/api/v1/prisoner-exchanges', exchange(i), { 'Idempotency-Key': `exchange-${i}` });
  const dropConnections = () =>
    parley.db.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );

  beforeAll(async () => {
    parley = await startParley();
  });
  afterAll(() => parley.stop());

  it('answers each write 201 or a clean 503, stores none by halves, and recovers by itself', async () => {
    let writing = true;
    let drops = 0;
    const dropping = (async () => {
      while (writing) {
        await dropConnections();
        drops++;
        await new Promise((r) => setTimeout(r, 150));
      }
    })();
    const answers = new Map<number, { status: number; body: { eventIds?: string[]; type?: string }; retryAfter?: string }>();
    let next = 0;
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        for (let i = next++; i < WRITES; i = next++) {
          const res = await post(i);
          answers.set(i, { status: res.status, body: res.body, retryAfter: res.headers['retry-after'] });
        }
      }),
    );
    writing = false;
    await dropping;

    const statuses = [...answers.values()].map((a) => a.status);
    expect(new Set(statuses)).toEqual(new Set(statuses.filter((s) => s === 201 || s === 503)));
    expect(drops).toBeGreaterThan(2);
    for (const a of answers.values()) {
      if (a.status === 503) expect(a).toMatchObject({ body: { type: expect.stringMatching(/unavailable/) }, retryAfter: '1' });
    }

    // A client retries what failed with the same Idempotency-Key: each development ends up stored exactly once.
    const eventIds = new Set<string>();
    for (let i = 0; i < WRITES; i++) {
      const res = answers.get(i)!.status === 201 ? answers.get(i)! : await post(i).expect(201);
      for (const id of res.body.eventIds!) eventIds.add(id);
    }
    const { rows } = await parley.db.query(`SELECT event_id, stream_id, stream_version FROM events`);
    expect(rows.length).toBe(WRITES);
    expect(new Set(rows.map((r) => r.event_id))).toEqual(eventIds);
    // No append stored by halves: each stream's versions run 1, 2, 3… with no gap.
    const versions = new Map<string, number[]>();
    for (const r of rows) versions.set(r.stream_id, [...(versions.get(r.stream_id) ?? []), r.stream_version]);
    for (const stream of versions.values()) expect(stream.sort((a, b) => a - b)).toEqual(stream.map((_, i) => i + 1));

    // The relay and the projector reconnect on their own: every exchange reaches the read model once.
    await eventually('the ledger to count every exchange', async () => {
      const { body } = await parley.http().get('/api/v1/prisoner-exchanges?trackId=russia-ukraine');
      return body.totals?.count === WRITES;
    });
    const { body } = await parley.http().get('/api/v1/prisoner-exchanges?trackId=russia-ukraine').expect(200);
    expect(body.totals.returned).toEqual({ RUS: WRITES * 307, UKR: WRITES * 307 });
  });
});
