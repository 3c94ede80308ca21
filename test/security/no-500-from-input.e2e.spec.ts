import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { AddressInfo } from 'node:net';
import { TRACK, exchangeOf24May, scheduleRound2, trumpOnTruthSocial } from '../support/istanbul';
import { ParleyUnderTest, startParley } from '../support/parley-under-test';

const statements = '/api/v1/statements';
const PROBLEM = /^application\/problem\+json/;

interface OpenApi {
  paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
}

/** What Node answers on a raw socket to bytes Fastify never sees as a request. */
const rawExchange = (port: number, bytes: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });

describe('no 500 from input: what PostgreSQL or Node cannot take is refused with a 400 naming it', () => {
  let parley: ParleyUnderTest;
  let openApi: OpenApi;

  beforeAll(async () => {
    parley = await startParley();
    openApi = (await parley.http().get('/docs-json').expect(200)).body;
  });
  afterAll(() => parley.stop());

  const expectRefusal = async (res: { status: number; headers: Record<string, string>; body: { errors?: { field: string }[] } }, status: number, field?: string) => {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    if (field) expect(res.body.errors?.map((e) => e.field)).toContain(field);
  };

  // Body fields PostgreSQL could not store are refused before the store, specified without it:
  // apps/api/src/statements/record-statement/record-statement.api.spec.ts.
  it('accepts the first and the last instant of the years it records', async () => {
    await parley.post(statements, { ...trumpOnTruthSocial, madeAt: '1900-01-01T00:00:00Z' }).expect(201);
    // A statement cannot be made in the future: the last instant is asked about instead.
    await parley.http().get(`${statements}?asOf=2200-12-31T23:59:59Z`).expect(200);
  });

  it.each([
    ['/api/v1/events?stream=A%00B', 'stream'],
    ['/api/v1/developments?cursor=A%00B', 'cursor'],
    ['/api/v1/events?A%00B=1', 'A\u0000B'],
    ['/api/v1/events/live?stream=A%00B', 'stream'],
    ['/api/v1/events/live?from=0000-01-01T00:00:00Z', 'from'],
  ])('refuses %s with 400 naming %s, before any answer begins', async (url, field) => {
    await expectRefusal(await parley.http().get(url), 400, field);
  });

  it('refuses year 0 as asOf on every read that takes it', async () => {
    const reads = Object.entries(openApi.paths).filter(([, item]) => item.get?.parameters?.some((p) => p.name === 'asOf'));
    expect(reads.length).toBeGreaterThanOrEqual(4);
    for (const [path] of reads) {
      const url = path.replace('{trackId}', TRACK).replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
      await expectRefusal(await parley.http().get(`${url}?asOf=0000-01-01T00:00:00Z`), 400, 'asOf');
    }
  });

  it.each([
    ['Idempotency-Key', 'k'.repeat(8_000)],
    ['Idempotency-Key', 'türkiye-1'],
    ['X-Request-Id', 'r'.repeat(129)],
    ['X-Correlation-Id', 'line\u0001break'],
  ])('refuses a %s outside its documented form with 400 naming it, and stores nothing', async (header, value) => {
    const before = await parley.eventCount();
    const res = await parley.app.getHttpAdapter().getInstance().inject({
      method: 'POST',
      url: '/api/v1/prisoner-exchanges',
      headers: { 'x-api-key': 'test-writer-key', 'content-type': 'application/json', [header]: value },
      payload: exchangeOf24May,
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.json().errors).toEqual([{ field: header, message: expect.any(String) }]);
    expect(await parley.eventCount()).toBe(before);
  });

  it('answers malformed JSON with a 400 problem about the body', async () => {
    const res = await parley.post(`/api/v1/negotiations/${TRACK}/rounds`, '{"round":').set('Content-Type', 'application/json');
    await expectRefusal(res, 400, '(body)');
  });

  describe('errors Node answers before Parley sees a request', () => {
    let port: number;
    beforeAll(async () => {
      await parley.app.listen(0, '127.0.0.1');
      port = (parley.app.getHttpServer().address() as AddressInfo).port;
    });

    it('answers a 20 KB header with 431 problem+json', async () => {
      const answer = await rawExchange(port, `GET /api/v1/negotiations HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
      expect(answer).toMatch(/^HTTP\/1\.1 431 /);
      expect(answer).toMatch(/Content-Type: application\/problem\+json/);
      expect(JSON.parse(answer.split('\r\n\r\n')[1])).toMatchObject({ status: 431, type: expect.any(String), title: expect.any(String) });
    });

    it('answers a header with a control character with 400 problem+json', async () => {
      const answer = await rawExchange(port, `GET /api/v1/negotiations HTTP/1.1\r\nHost: x\r\nX-Odd: a\u0001b\r\n\r\n`);
      expect(answer).toMatch(/^HTTP\/1\.1 400 /);
      expect(JSON.parse(answer.split('\r\n\r\n')[1])).toMatchObject({ status: 400, title: 'bad request' });
    });

    it('opens the live feed with 200 only once its query is valid', async () => {
      const status = await new Promise<number>((resolve, reject) => {
        const req = httpRequest({ port, host: '127.0.0.1', path: '/api/v1/events/live?type=TalksScheduled' }, (res) => {
          resolve(res.statusCode ?? 0);
          req.destroy();
        });
        req.on('error', reject);
        req.end();
      });
      expect(status).toBe(200);
    });
  });
});

describe('read-your-writes: minPosition is a decimal position no further than the log head', () => {
  let parley: ParleyUnderTest;
  let head: number;

  beforeAll(async () => {
    parley = await startParley();
    head = (await parley.post(`/api/v1/negotiations/${TRACK}/rounds`, scheduleRound2).expect(201)).body.position;
  });
  afterAll(() => parley.stop());

  it.each(['0x1c4', '452e0', '0000000000000000452', '+1', '1.0', ' 1', '9007199254740991', '99999999999999999999'])(
    'refuses minPosition=%s with 400 naming it, at once',
    async (value) => {
      const res = await parley.http().get(`/api/v1/negotiations/${TRACK}?minPosition=${encodeURIComponent(value)}`);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.body.errors).toEqual([{ field: 'minPosition', message: expect.any(String) }]);
    },
  );

  it('answers a decimal position up to the head', async () => {
    await parley.http().get(`/api/v1/negotiations/${TRACK}?minPosition=${head}`).expect(200);
    await parley.http().get(`/api/v1/negotiations/${TRACK}?minPosition=0`).expect(200);
    await parley.http().get(`/api/v1/negotiations/${TRACK}?minPosition=${head + 1}`).expect(400);
  });
});
