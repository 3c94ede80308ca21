import fc from 'fast-check';
import { InjectOptions } from 'fastify';
import { concludeRound2, exchangeOf24May, scheduleRound2, startRound2, trumpOnTruthSocial } from '../support/istanbul';
import { ParleyUnderTest, WRITER_KEY, startParley } from '../support/parley-under-test';

interface Operation {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: string;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Every operation the OpenAPI document lists, so endpoints added later are covered without a change here. */
const operationsOf = (doc: { paths: Record<string, Record<string, { responses?: Record<string, { content?: object }> }>> }) =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      // An event stream never ends and takes over the raw socket, which injected requests do not have:
      // it has tests of its own.
      .filter(([, op]) => !JSON.stringify(op.responses ?? {}).includes('text/event-stream') && !path.endsWith('/events/live'))
      .map(([method]) => ({ method: method.toUpperCase(), path }) as Operation),
  );

/** The body each write expects, by the end of its path; the generators below bend it. */
const VALID_BODIES: [RegExp, object][] = [
  [/\/rounds$/, scheduleRound2],
  [/\/start$/, startRound2],
  [/\/conclude$/, concludeRound2],
  [/prisoner-exchanges$/, exchangeOf24May],
  [/statements$/, trumpOnTruthSocial],
];
const validBodyFor = (path: string): object => VALID_BODIES.find(([end]) => end.test(path))?.[1] ?? {};

const oddParam = fc.oneof(
  fc.constantFrom('0', '-1', '1e3', '..', '%2e%2e', 'a'.repeat(300), '9'.repeat(30)),
  fc.string({ unit: 'binary', maxLength: 40 }).map(encodeURIComponent),
  fc.stringMatching(/^[a-z0-9-]{1,30}$/),
);
/** Mostly a real track and round, so that bodies reach the rules behind validation too. */
const pathParams = fc.tuple(
  fc.oneof({ weight: 3, arbitrary: fc.constantFrom('russia-ukraine', 'ukraine-eu') }, oddParam),
  fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 1, max: 4 }).map(String) }, oddParam),
);

const queryValue = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom('2025-06-02T10:00:00Z', '2025-06-02', 'RUS', 'usa', '99999999999999999999', ''),
);
const queryString = fc
  .dictionary(
    fc.oneof(fc.constantFrom('minPosition', 'limit', 'after', 'actor', 'target', 'from', 'to', 'trackId', 'asOf', 'knownAt'), fc.string({ maxLength: 10 })),
    fc.oneof(queryValue, fc.array(queryValue, { maxLength: 3 })),
    { maxKeys: 4 },
  )
  .map((query) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) for (const one of [v].flat()) params.append(k, one);
    return params.toString();
  });

type BodyFor = (valid: object) => string;

/** The endpoint's valid body with one field replaced by anything JSON can hold, or one removed. */
const mutatedBody: fc.Arbitrary<BodyFor> = fc.tuple(fc.jsonValue(), fc.nat(), fc.boolean()).map(([value, pick, remove]) => (valid) => {
  const copy: Record<string, unknown> = structuredClone(valid) as Record<string, unknown>;
  const keys = Object.keys(copy);
  const key = keys.length > 0 ? keys[pick % keys.length] : 'anything';
  if (remove) delete copy[key];
  else copy[key] = value;
  return JSON.stringify(copy);
});

const junk = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.anything().map((v) => JSON.stringify(v) ?? 'undefined'),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('', '{', '{"round":', 'null', '[]', '{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{}}}'),
);

const body: fc.Arbitrary<BodyFor> = fc.oneof(
  { weight: 2, arbitrary: fc.constant((valid: object) => JSON.stringify(valid)) },
  { weight: 4, arbitrary: mutatedBody },
  { weight: 3, arbitrary: junk.map((text) => () => text) },
);

const contentType = fc.constantFrom('application/json', 'application/json', 'application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'application/xml', undefined);
const apiKey = fc.oneof(fc.constant(WRITER_KEY), fc.constant(WRITER_KEY), fc.constant(undefined), fc.string({ maxLength: 20 }));

describe('any input, however malformed', () => {
  let parley: ParleyUnderTest;
  let operations: Operation[];

  const send = (options: InjectOptions) => parley.app.getHttpAdapter().getInstance().inject(options);

  beforeAll(async () => {
    parley = await startParley();
    operations = operationsOf((await send({ method: 'GET', url: '/docs-json' })).json());
  });
  afterAll(() => parley.stop());

  it('finds the endpoints to attack in the OpenAPI document', () => {
    expect(operations.filter((o) => o.method === 'POST').length).toBeGreaterThanOrEqual(7);
    expect(operations.filter((o) => o.method === 'GET').length).toBeGreaterThanOrEqual(5);
  });

  it('answers every request with a success or a 4xx problem+json, never a 5xx, and stores only what it acknowledged', async () => {
    const request = fc.record({
      operation: fc.oneof(
        { weight: 9, arbitrary: fc.nat().map((i) => operations[i % operations.length]) },
        { weight: 1, arbitrary: fc.record({ method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'), path: fc.webPath().map((p) => `/${p.replace(/^\//, '')}`) }) as fc.Arbitrary<Operation> },
      ),
      params: pathParams,
      query: queryString,
      body,
      contentType,
      apiKey,
      idempotencyKey: fc.option(fc.string({ maxLength: 300 }), { nil: undefined }),
    });
    const acknowledged = new Set<string>();
    const statuses = new Map<number, number>();

    await fc.assert(
      fc.asyncProperty(request, async ({ operation, params, query, body, contentType, apiKey, idempotencyKey }) => {
        let i = 0;
        const path = operation.path.replace(/\{[^}]+\}/g, () => params[i++ % params.length]);
        const headers: Record<string, string> = {};
        if (contentType) headers['content-type'] = contentType;
        if (apiKey !== undefined) headers['x-api-key'] = apiKey;
        if (idempotencyKey !== undefined) headers['idempotency-key'] = idempotencyKey;
        const res = await send({
          method: operation.method,
          url: query ? `${path}?${query}` : path,
          headers,
          ...(operation.method === 'GET' ? {} : { payload: body(validBodyFor(operation.path)) }),
        });
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        expect(res.statusCode).toBeLessThan(500);
        if (res.statusCode >= 400) {
          expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
          expect(res.json()).toMatchObject({ status: res.statusCode, type: expect.any(String), title: expect.any(String) });
        }
        if (res.statusCode === 201) for (const id of res.json().eventIds) acknowledged.add(id);
      }),
      { numRuns: 2_000 },
    );
    // Every stored event was acknowledged with a 201: no refused request left anything behind.
    const { rows } = await parley.db.query(`SELECT event_id FROM events`);
    expect(new Set(rows.map((r) => r.event_id))).toEqual(acknowledged);
    // The runs reached the code behind validation, not only the refusals in front of it.
    expect([...statuses.keys()]).toEqual(expect.arrayContaining([200, 201, 400, 401, 404, 409]));
  });
});
