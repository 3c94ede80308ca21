import { exchangeOf24May } from '../support/istanbul';
import { ParleyUnderTest, startParley } from '../support/parley-under-test';

const NEWSROOM = 'https://newsroom.example';
const exchanges = '/api/v1/prisoner-exchanges';

describe('abuse limits', () => {
  let parley: ParleyUnderTest;

  beforeAll(async () => {
    parley = await startParley({ RATE_LIMIT_PER_KEY: '5', RATE_LIMIT_PER_IP: '15', RATE_LIMIT_WINDOW_MS: '60000', CORS_ORIGINS: NEWSROOM });
  });
  afterAll(() => parley.stop());

  it('refuses a body over 256 KiB with 413 problem+json and stores nothing', async () => {
    const res = await parley.post(exchanges, { ...exchangeOf24May, category: 'x'.repeat(300 * 1024) }).expect(413);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 413 });
    expect(await parley.eventCount()).toBe(0);
  });

  it('sends security headers with every answer', async () => {
    const res = await parley.http().get('/api/v1/negotiations').expect(200);
    expect(res.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'content-security-policy': expect.stringContaining("default-src 'self'"),
      'strict-transport-security': expect.any(String),
    });
  });

  it('lets only the configured origins call it from a browser', async () => {
    const preflight = (origin: string) =>
      parley.http().options(exchanges).set({ Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'x-api-key,content-type' });
    const allowed = await preflight(NEWSROOM);
    expect(allowed.headers['access-control-allow-origin']).toBe(NEWSROOM);
    expect(allowed.headers['access-control-allow-headers']).toMatch(/X-API-Key/i);
    const other = await preflight('https://elsewhere.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers 429 with Retry-After once a key has spent its budget, and stores nothing more', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await parley.post(exchanges, { ...exchangeOf24May, occurredAt: `2025-05-2${i}T12:00:00Z` })).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429]);
    const refused = await parley.post(exchanges, exchangeOf24May).expect(429);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(await parley.eventCount()).toBe(5);
  });

  it('answers 429 to an address that has spent its budget, whatever key it tries', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      statuses.push((await parley.http().get('/api/v1/negotiations').set('X-API-Key', `guess-${i}`)).status);
    }
    const firstRefusal = statuses.indexOf(429);
    expect(firstRefusal).toBeGreaterThan(0);
    expect(statuses.slice(0, firstRefusal).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(firstRefusal).every((s) => s === 429)).toBe(true);
    await parley.http().get('/health/live').expect(200);
  });

  it('never shows a stack trace or SQL in an error, even when the database itself fails', async () => {
    // A Parley of its own: this one's address has spent its budget.
    const broken = await startParley({ PARLEY_COMPONENTS: 'api' });
    try {
      await broken.db.query(`ALTER TABLE read_model_documents RENAME TO read_model_documents_moved`);
      const res = await broken.http().get('/api/v1/negotiations/russia-ukraine').expect(500);
      expect(res.body).toEqual({ type: expect.any(String), title: 'internal error', status: 500, detail: expect.any(String) });
      expect(JSON.stringify(res.body)).not.toMatch(/SELECT|read_model|relation|\bat .*\.[jt]s:\d+/);
    } finally {
      await broken.stop();
    }
  });
});
