import fc from 'fast-check';
import { InjectOptions } from 'fastify';
import { request as httpRequest, validateHeaderValue } from 'node:http';
import { AddressInfo } from 'node:net';
import * as istanbul from '../support/istanbul';
import { ADMIN_KEY, ParleyUnderTest, WRITER_KEY, startParley } from '../support/parley-under-test';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface Operation {
  readonly method: Method;
  readonly path: string;
  /** The query parameters the document names for it: generated names are drawn from these first. */
  readonly query: string[];
  /** A Server-Sent Events stream, which never ends: driven over a real socket and closed once it answers. */
  readonly stream: boolean;
  readonly takesBody: boolean;
  readonly example?: object;
}

interface OpenApiOperation {
  parameters?: { name: string; in: string }[];
  requestBody?: { content?: Record<string, { example?: object }> };
  responses?: Record<string, { content?: object }>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** How much an operation takes in, and so how often it is attacked: a scrape or a probe far less than a write. */
const inputsOf = (op: Operation): number => 1 + op.query.length + (op.path.match(/\{/g)?.length ?? 0) + (op.takesBody ? 6 : 0);

/** Every operation the OpenAPI document lists, so endpoints added later are covered without a change here. */
const operationsOf = (doc: { paths: Record<string, Record<string, OpenApiOperation>> }): Operation[] =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]) => ({
        method: method.toUpperCase() as Method,
        path,
        query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
        stream: JSON.stringify(op.responses ?? {}).includes('text/event-stream'),
        takesBody: op.requestBody !== undefined,
        example: op.requestBody?.content?.['application/json']?.example,
      })),
  );

/** The body each write expects, by the end of its path, when the document shows no example; the generators bend it. */
const VALID_BODIES: [RegExp, object][] = [
  [/\/rounds$/, istanbul.scheduleRound2],
  [/\/start$/, istanbul.startRound2],
  [/\/conclude$/, istanbul.concludeRound2],
  [/\/postpone$/, istanbul.postponeRound3],
  [/\/cancel$/, istanbul.cancelRound3],
  [/prisoner-exchanges$/, istanbul.exchangeOf24May],
  [/statements$/, istanbul.trumpOnTruthSocial],
  [/actors$/, istanbul.registerDrapatyi],
  [/developments\/\{id\}$/, istanbul.correctDroneAttackDamage],
];
const validBodyFor = (op: Operation, method: Method): object =>
  op.example ?? (method === 'DELETE' ? istanbul.retractDuplicate : VALID_BODIES.find(([end]) => end.test(op.path))?.[1]) ?? {};

// The classes of value that once answered 500: NUL, lone surrogates, huge strings, dates PostgreSQL cannot
// hold, numbers at the edges of a double, and values of the wrong type.
const nastyText = fc.oneof(
  fc.constantFrom('x\u0000y', '\u0000', 'a\ud800b', '\udc00', 'z\ud83d', '\ud83d\ude00', '', ' ', '\u202e\ufeff', '%00', '..', 'RUS', 'russia-ukraine'),
  fc.string({ unit: fc.constantFrom('\u0000', '\ud800', '\udfff', 'a', 'é', '\n', '"', '\\', '%'), maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(201, 2_001, 10_001, 70_000, 300_000).map((n) => 'x'.repeat(n)),
);
const nastyDate = fc.oneof(
  fc.constantFrom(
    '0000-01-01T00:00:00Z',
    '1899-12-31T23:59:59Z',
    '1900-01-01T00:00:00Z',
    '2200-12-31T23:59:59Z',
    '2201-01-01T00:00:00Z',
    '9999-12-31T23:59:59Z',
    '-000001-01-01T00:00:00Z',
    '+275760-09-13T00:00:00Z',
    '2025-02-30T00:00:00Z',
    '2025-06-02',
    '2025-06-02T10:00:00',
    '2025-06-02T10:00:00+23:59',
  ),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
);
const oddNumber = fc.oneof(
  fc.constantFrom(0, -0, -1, 0.5, 1e-320, 2 ** 53 + 1, 1e21, 1e308, -1e308),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const wrongType = fc.oneof(fc.constantFrom(null, true, false, [], {}, [null], { '\u0000': 1 }), fc.jsonValue({ maxDepth: 2 }));
const nastyValue: fc.Arbitrary<unknown> = fc.oneof(nastyText, nastyDate, oddNumber, wrongType);

/** Every path into a JSON value, objects' keys and arrays' indices alike. */
const pathsOf = (value: unknown, at: (string | number)[] = []): (string | number)[][] =>
  value && typeof value === 'object'
    ? [at, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...at, Array.isArray(value) ? Number(k) : k]))]
    : [at];

type Mutation = { pick: number; kind: 'replace' | 'remove' | 'add'; value: unknown; key: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  pick: fc.nat(),
  kind: fc.constantFrom('replace', 'replace', 'remove', 'add'),
  value: nastyValue,
  key: fc.oneof(fc.constantFrom('extra', 'expectedVersion', 'source', '__proto__', 'x\u0000'), fc.string({ maxLength: 8 })),
});

/** The valid body with one or two of its fields, at any depth, replaced, removed or joined by another. */
const mutate = (valid: object, mutations: Mutation[]): unknown => {
  let body: unknown = structuredClone(valid);
  for (const mutation of mutations) {
    const { pick, kind, key } = mutation;
    // A copy: a constant value ({}, [null]) is one object shared by every run, and a second mutation
    // adding into the first one's would make the body circular (and change the constant itself).
    const value = structuredClone(mutation.value);
    const paths = pathsOf(body);
    const path = paths[pick % paths.length];
    if (path.length === 0) {
      body = kind === 'replace' ? value : body;
      continue;
    }
    const parent = path.slice(0, -1).reduce<any>((node, k) => node[k], body);
    const last = path[path.length - 1];
    if (kind === 'remove') delete parent[last];
    else if (kind === 'add' && parent && typeof parent === 'object' && !Array.isArray(parent)) Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
    else parent[last] = value;
  }
  return body;
};

type BodyFor = (valid: object) => string;
const junk = fc.oneof(
  fc.anything().map((v) => JSON.stringify(v) ?? 'undefined'),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('', '{', '{"round":', 'null', '[]', '{"a":"\\u0000"}', '{"a":"\\ud800"}', '{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{}}}'),
);
const body: fc.Arbitrary<BodyFor> = fc.oneof(
  { weight: 3, arbitrary: fc.constant((valid: object) => JSON.stringify(valid)) },
  { weight: 6, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 2 }).map((ms) => (valid: object) => JSON.stringify(mutate(valid, ms))) },
  { weight: 1, arbitrary: junk.map((text) => () => text) },
);

/** Values for path parameters by name: mostly ones that exist, so that requests reach the rules behind validation. */
const KNOWN: Record<string, string[]> = {
  trackId: ['russia-ukraine', 'ukraine-eu'],
  round: ['1', '2', '3'],
  code: ['RUS', 'DRAPATYI'],
  dyad: ['RUS-UKR', 'UKR-RUS'],
  name: ['all', 'negotiation-status'],
};
const oddParam = fc.oneof(
  fc.constantFrom('0', '-1', '1e3', '..', '%2e%2e', '%00', 'a'.repeat(300), '9'.repeat(30), '00000000-0000-4000-8000-000000000000'),
  fc.string({ unit: 'binary', maxLength: 40 }).map(encodeURIComponent),
);
/** For each parameter, a known value (a development id from an earlier answer) or an odd one. */
const pathParams = fc.array(fc.oneof({ weight: 4, arbitrary: fc.nat().map((n) => ({ known: n })) }, oddParam.map((odd) => ({ odd }))), {
  minLength: 3,
  maxLength: 3,
});

const queryValue = fc.oneof(
  nastyText,
  nastyDate,
  oddNumber.map(String),
  fc.constantFrom('2025-06-02T10:00:00Z', 'RUS', 'RUS,UKR', '1', '0x1c4', '452e0', '0452', '9007199254740991', 'TalksScheduled', 'day', '2025-06'),
);
/** Names the operation documents, with a few it does not; repeated names; and raw, badly escaped pairs. */
const queryOf = (names: string[]) =>
  fc
    .tuple(
      fc.array(fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.nat().map((n) => names[n % names.length] ?? 'limit') }, fc.constantFrom('api_key', 'x\u0000', 'minPosition'), fc.string({ maxLength: 8 })), queryValue), { maxLength: 3 }),
      fc.option(fc.constantFrom('a=%00', 'a=%ED%A0%80', 'a=%', 'a=%zz', '%C0%80=1', '&&&', 'limit'), { nil: undefined, freq: 8 }),
    )
    .map(([pairs, raw]) => {
      const params = new URLSearchParams();
      for (const [k, v] of pairs) params.append(k, v);
      return [params.toString(), raw].filter(Boolean).join('&');
    });

/** Mostly absent or well-formed, so that most requests get past the headers to the body and query behind them. */
const header = (valid: fc.Arbitrary<string>, odd: fc.Arbitrary<string>) =>
  fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 3, arbitrary: valid }, { weight: 1, arbitrary: odd });
const oddHeader = fc.oneof(nastyText, fc.constantFrom('k'.repeat(8_000), 'with space', 'türkiye', 'tab\there'));
const headers = fc
  .record({
    'x-api-key': fc.oneof({ weight: 12, arbitrary: fc.constant(WRITER_KEY) }, fc.constant(ADMIN_KEY), fc.constant(undefined), fc.string({ maxLength: 20 })),
    'idempotency-key': header(fc.uuid(), oddHeader),
    'x-request-id': header(fc.stringMatching(/^[\w.:-]{1,20}$/), oddHeader),
    'x-correlation-id': header(fc.stringMatching(/^[\w.:-]{1,20}$/), oddHeader),
    'last-event-id': header(fc.constantFrom('0', '1', '2'), fc.oneof(fc.constantFrom('-1', '0x1', '99999999999999999999'), nastyText)),
    'content-type': fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom('application/json', 'application/json; charset=utf-8') },
      fc.constantFrom(undefined, 'text/plain', 'application/x-www-form-urlencoded', 'application/xml'),
    ),
  })
  .map((all) => Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined)) as Record<string, string>);

describe('any input, however malformed', () => {
  let parley: ParleyUnderTest;
  let operations: Operation[];
  let port: number;

  const inject = (options: InjectOptions) => parley.app.getHttpAdapter().getInstance().inject(options);

  /** A stream is opened over a real socket and closed once it answers 200; a refusal is read whole. */
  const openStream = (path: string, sent: Record<string, string>) =>
    new Promise<{ statusCode: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
      // Node sends only what HTTP can carry; the rest was tried through inject on the other routes.
      const sendable = Object.fromEntries(Object.entries(sent).filter(([name, value]) => isSendable(name, value)));
      const req = httpRequest({ port, host: '127.0.0.1', path, headers: sendable }, (res) => {
        if (res.statusCode === 200) {
          resolve({ statusCode: 200, headers: res.headers, body: '' });
          req.destroy();
          return;
        }
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ statusCode: res.statusCode ?? 0, headers: res.headers, body: text }));
      });
      req.on('error', reject);
      req.end();
    });

  beforeAll(async () => {
    parley = await startParley();
    operations = operationsOf((await inject({ method: 'GET', url: '/docs-json' })).json());
    await parley.app.listen(0, '127.0.0.1');
    port = (parley.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(() => parley.stop());

  it('finds the endpoints to attack in the OpenAPI document, the live feed among them', () => {
    expect(operations.filter((o) => o.method === 'POST').length).toBeGreaterThanOrEqual(7);
    expect(operations.filter((o) => o.method === 'GET').length).toBeGreaterThanOrEqual(5);
    expect(operations.filter((o) => o.stream).map((o) => o.path)).toContain('/api/v1/events/live');
  });

  it('answers every request with a success or a 4xx problem+json, never a 5xx, and stores nothing on a 4xx', async () => {
    const developmentIds: string[] = [];
    const acknowledged = new Set<string>();
    const statuses = new Map<number, number>();
    let stored = 0;
    let cases = 0;

    const anyPath = fc.record({ method: fc.constantFrom<Method>('GET', 'POST', 'DELETE'), path: fc.webPath().map((p) => `/${p.replace(/^\//, '')}`) });
    const request = fc.record({
      operation: fc.oneof(
        { weight: 19, arbitrary: fc.oneof(...operations.map((op) => ({ weight: inputsOf(op), arbitrary: fc.constant(op) }))) },
        anyPath.map((o): Operation => ({ ...o, query: [], stream: false, takesBody: true })),
      ),
      // Now and then a method the route does not take.
      method: fc.oneof({ weight: 19, arbitrary: fc.constant(undefined) }, fc.constantFrom<Method>('PUT', 'PATCH', 'DELETE')),
      params: pathParams,
      body,
      headers,
    }).chain((r) => queryOf(r.operation.query).map((queryString) => ({ ...r, queryString })));

    await fc.assert(
      fc.asyncProperty(request, async ({ operation: op, method: otherMethod, params, queryString, body, headers }) => {
        cases++;
        const method = otherMethod ?? op.method;
        let i = 0;
        const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
          const p = params[i++ % params.length];
          if ('odd' in p) return p.odd;
          const known = name === 'id' ? developmentIds : (KNOWN[name] ?? ['x']);
          return known.length > 0 ? known[p.known % known.length] : '00000000-0000-4000-8000-000000000000';
        });
        const url = queryString ? `${path}?${queryString}` : path;
        // Only a GET opens the stream; another method on its path is an ordinary request, refused whole.
        const res = op.stream && method === 'GET'
          ? await openStream(url, headers)
          : await inject({ method, url, headers, ...(method === 'GET' ? {} : { payload: body(validBodyFor(op, method)) }) });
        const status = res.statusCode;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);

        expect(status).toBeLessThan(500);
        if (status >= 400) {
          expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
          expect(JSON.parse(res.body)).toMatchObject({ status, type: expect.any(String), title: expect.any(String) });
        }
        // A read stores nothing whatever it answers (the set of stored ids, checked at the end, says so); after
        // every other request the log is counted: a refusal must have left it as it was.
        if (method === 'GET') return;
        const now = await parley.eventCount();
        if (status >= 400) expect(now).toBe(stored);
        else {
          const answer = JSON.parse(res.body);
          for (const id of answer.eventIds ?? []) acknowledged.add(id);
          if (typeof answer.id === 'string' && !developmentIds.includes(answer.id)) developmentIds.push(answer.id);
        }
        stored = now;
      }),
      { numRuns: 2_000 },
    );
    process.stdout.write(`any-input: ${cases} cases, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}\n`);
    // Every stored event was acknowledged by a success: no refused request left anything behind.
    const { rows } = await parley.db.query(`SELECT event_id FROM events`);
    expect(new Set(rows.map((r) => r.event_id))).toEqual(acknowledged);
    // The runs reached the code behind validation, not only the refusals in front of it.
    expect([...statuses.keys()]).toEqual(expect.arrayContaining([200, 201, 400, 401, 404, 409]));
  }, 180_000);
});

const isSendable = (name: string, value: string): boolean => {
  try {
    validateHeaderValue(name, value);
    return true;
  } catch {
    return false;
  }
};
