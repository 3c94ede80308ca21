import { TRACK, exchangeOf24May, scheduleRound2 } from '../support/istanbul';
import { LogCapture } from '../support/log-capture';
import { ParleyUnderTest, WRITER_KEY, startParley } from '../support/parley-under-test';

const exchanges = '/api/v1/prisoner-exchanges';
const rounds = `/api/v1/negotiations/${TRACK}/rounds`;
const PROBLEM = /^application\/problem\+json/;
const METRICS_KEY = 'metrics-key-of-the-scraper-0123456789';

describe('the smaller holes', () => {
  const logs = new LogCapture();
  let parley: ParleyUnderTest;

  beforeAll(async () => {
    parley = await startParley({ LOG_LEVEL: 'info', RATE_LIMIT_PER_IP: '40', RATE_LIMIT_WINDOW_MS: '600000' }, { logDestination: logs });
  });
  afterAll(() => parley.stop());

  it('never logs a key, in whatever header or query parameter it was sent', async () => {
    const misplaced = ['key-in-api-key-header-1', 'key-in-query-api_key-2', 'key-in-query-Api-Key-3', 'key-as-bearer-4', 'key-in-own-header-5'];
    await parley.http().get('/api/v1/negotiations').set('Api-Key', misplaced[0]).expect(200);
    await parley.http().get(`/api/v1/negotiations?api_key=${misplaced[1]}`).expect(400);
    await parley.http().get(`/api/v1/negotiations?Api-Key=${misplaced[2]}&token=${WRITER_KEY}`).expect(400);
    await parley.http().get('/api/v1/negotiations').set('Authorization', `Bearer ${misplaced[3]}`).expect(200);
    await parley.http().get('/api/v1/negotiations').set('X-Secret', misplaced[4]).expect(200);
    await parley.post(rounds, scheduleRound2).expect(201);
    const written = logs.raw.join('\n');
    for (const key of [...misplaced, WRITER_KEY]) expect(written).not.toContain(key);
    const logged = logs.lines.filter((l) => /\/api\/v1\/negotiations/.test(String((l.req as { url?: string })?.url)));
    expect(logged.map((l) => (l.req as { url: string }).url)).toContain('/api/v1/negotiations?api_key=[redacted]');
    expect(logged.some((l) => (l.req as { headers: Record<string, string> }).headers['api-key'] === '[redacted]')).toBe(true);
  });

  it("makes its own request and causation ids, keeping a client's X-Request-Id only as a log attribute", async () => {
    const { body } = await parley.post(exchanges, exchangeOf24May, { 'X-Request-Id': 'desk-request-7' }).expect(201);
    const { rows } = await parley.db.query(`SELECT metadata FROM events WHERE position = $1`, [body.position]);
    expect(rows[0].metadata.causationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(rows[0].metadata)).not.toContain('desk-request-7');
    expect(logs.lines).toContainEqual(expect.objectContaining({ clientRequestId: 'desk-request-7', req: expect.objectContaining({ id: rows[0].metadata.causationId }) }));
  });

  it.each([
    ['no key', {}],
    ['an unknown key', { 'X-API-Key': 'not-a-key-at-all' }],
  ])('answers a body sent with %s 401 without reading it: malformed or 10 MB, it is never parsed', async (_, key) => {
    const before = await parley.eventCount();
    const malformed = await parley.http().post(rounds).set({ ...key, 'Content-Type': 'application/json' }).send('{"round":');
    expect(malformed.status).toBe(401);
    expect(malformed.headers['content-type']).toMatch(PROBLEM);
    const huge = await parley.http().post(rounds).set({ ...key, 'Content-Type': 'application/json' }).send(`{"x":"${'a'.repeat(10 * 1024 * 1024)}"}`);
    expect(huge.status).toBe(401);
    expect(await parley.eventCount()).toBe(before);
  });

  it.each([
    ['text/plain', 'round=3'],
    ['application/x-www-form-urlencoded', 'round=3&city=Istanbul'],
    ['application/xml', '<round/>'],
  ])('refuses a %s body with 415 problem+json, and stores nothing', async (type, body) => {
    const before = await parley.eventCount();
    const res = await parley.post(rounds, body, { 'Content-Type': type });
    expect(res.status).toBe(415);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(await parley.eventCount()).toBe(before);
  });

  it('keeps /metrics and health outside the public rate limit, and writes no line per 429', async () => {
    let refused = 0;
    while (refused < 20) if ((await parley.http().get('/api/v1/negotiations')).status === 429) refused++;
    await parley.http().get('/metrics').expect(200);
    await parley.http().get('/health/live').expect(200);
    expect(logs.lines.filter((l) => (l.res as { statusCode?: number })?.statusCode === 429)).toEqual([]);
  });

  describe('given READS_PUBLIC=false', () => {
    let closed: ParleyUnderTest;
    beforeAll(async () => {
      closed = await startParley({ READS_PUBLIC: 'false', METRICS_KEY });
    });
    afterAll(() => closed.stop());

    it('answers /metrics only to its own key, not to an API key', async () => {
      const refused = await closed.http().get('/metrics').expect(401);
      expect(refused.headers['content-type']).toMatch(PROBLEM);
      await closed.http().get('/metrics').set('X-API-Key', WRITER_KEY).expect(401);
      await closed.http().get('/metrics').set('Authorization', `Bearer ${WRITER_KEY}`).expect(401);
      await closed.http().get('/metrics').set('Authorization', `Bearer ${METRICS_KEY}`).expect(200);
    });
  });
});
