import { parse } from 'csv-parse/sync';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnTs } from './support/child-process';
import { documentedColumns } from './support/documented-columns';
import { ParleyUnderTest, startParley } from './support/parley-under-test';
import {
  TRACK,
  concludeRound2,
  droneAttackOnBombers,
  exchangeOf24May,
  peskovOnMeeting,
  scheduleRound2,
  startRound2,
  trumpOnTruthSocial,
} from './support/istanbul';

type Json = Record<string, unknown>;

/** A summary with every character CSV must quote: a comma, double quotes and a line break. */
const SPIDERWEB = 'Drone attack on Russian strategic bombers, "Operation Spiderweb":\n$2 billion of aircraft damaged';

/** A field of a JSON row by its path: `location.country`. */
const at = (row: Json, path: string): unknown => path.split('.').reduce<unknown>((value, key) => (value as Json | null | undefined)?.[key], row);
const cell = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

/**
 * Each list with a query, where its rows are in the JSON answer, and columns that must hold the JSON
 * row's field, row for row.
 */
const LISTS: { name: string; path: string; rows: (body: Json) => Json[]; same: [string, string][] }[] = [
  {
    name: 'developments',
    path: '/api/v1/developments?limit=500',
    rows: (b) => b.developments as Json[],
    same: [['event_id', 'id'], ['event_date', 'occurredOn'], ['occurred_at', 'occurredAt'], ['kind', 'kind'], ['actor1', 'actor'], ['summary', 'summary'], ['location', 'location.name'], ['country', 'location.country'], ['latitude', 'location.latitude'], ['longitude', 'location.longitude'], ['notes', 'notes'], ['confirmed', 'confirmed'], ['position', 'position']],
  },
  {
    name: 'statements',
    path: '/api/v1/statements',
    rows: (b) => b.statements as Json[],
    same: [['event_id', 'developmentId'], ['actor1', 'actor'], ['summary', 'quote'], ['speaker', 'speaker'], ['channel', 'channel'], ['stance', 'stance'], ['track_id', 'trackId']],
  },
  {
    name: 'prisoner-exchanges',
    path: '/api/v1/prisoner-exchanges',
    rows: (b) => b.exchanges as Json[],
    same: [['event_id', 'developmentId'], ['occurred_at', 'occurredAt'], ['category', 'category'], ['track_id', 'trackId']],
  },
  {
    name: 'tracks',
    path: '/api/v1/negotiations',
    rows: (b) => b.tracks as Json[],
    same: [['track_id', 'trackId'], ['phase', 'phase'], ['status', 'status'], ['rounds_held', 'roundsHeld'], ['position', 'position']],
  },
  {
    name: 'rounds',
    path: `/api/v1/negotiations/${TRACK}/rounds`,
    rows: (b) => b.rounds as Json[],
    same: [['round', 'round'], ['status', 'status'], ['city', 'city'], ['scheduled_start', 'scheduledStart'], ['started_at', 'startedAt'], ['ended_at', 'endedAt']],
  },
  {
    name: 'tension-history',
    path: '/api/v1/tension/RUS-UKR/history?from=2025-05-30T00:00:00Z&to=2025-06-03T00:00:00Z',
    rows: (b) => b.points as Json[],
    same: [['at', 'at'], ['value', 'value'], ['conflict', 'conflict'], ['cooperation', 'cooperation']],
  },
  {
    name: 'events',
    path: '/api/v1/events',
    rows: (b) => b.events as Json[],
    same: [['position', 'position'], ['event_id', 'eventId'], ['type', 'type'], ['stream_id', 'streamId'], ['occurred_at', 'occurredAt']],
  },
];

describe('every list as CSV', () => {
  let parley: ParleyUnderTest;
  let last = 0;
  const write = async (path: string, body: unknown) => {
    last = (await parley.post(path, body).expect(201)).body.position;
  };
  const withPosition = (path: string) => `${path}${path.includes('?') ? '&' : '?'}minPosition=${last}`;
  const csvOf = (path: string) => parley.http().get(withPosition(path)).set('Accept', 'text/csv');
  const records = (text: string): Json[] => parse(text, { columns: true });

  beforeAll(async () => {
    parley = await startParley();
    await write(`/api/v1/negotiations/${TRACK}/rounds`, scheduleRound2);
    await write(`/api/v1/negotiations/${TRACK}/rounds/2/start`, startRound2);
    await write(`/api/v1/negotiations/${TRACK}/rounds/2/conclude`, concludeRound2);
    await write('/api/v1/prisoner-exchanges', exchangeOf24May);
    await write('/api/v1/statements', trumpOnTruthSocial);
    await write('/api/v1/statements', peskovOnMeeting);
    await write('/api/v1/developments', { ...droneAttackOnBombers, summary: SPIDERWEB });
  });
  afterAll(() => parley.stop());

  describe.each(LISTS)('$name', ({ name, path, rows, same }) => {
    it('answers text/csv with the documented header row and the rows of the JSON answer to the same query', async () => {
      const csv = await csvOf(path).expect(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
      expect(csv.headers['content-disposition']).toBe(`attachment; filename="${name}.csv"`);
      expect(csv.headers.vary).toMatch(/\bAccept\b/);
      expect(csv.text.split('\r\n')[0].split(',')).toEqual(documentedColumns(name));
      const json = rows((await parley.http().get(withPosition(path)).expect(200)).body);
      const got = records(csv.text);
      expect(json.length).toBeGreaterThan(0);
      expect(got).toHaveLength(json.length);
      expect(got.map((row) => same.map(([column]) => row[column]))).toEqual(json.map((row) => same.map(([, field]) => cell(at(row, field)))));
    });

    it('answers the same to format=csv as to Accept: text/csv', async () => {
      const byFormat = await parley.http().get(withPosition(`${path}${path.includes('?') ? '&' : '?'}format=csv`)).expect(200);
      expect(byFormat.text).toBe((await csvOf(path).expect(200)).text);
    });
  });

  it('quotes a summary holding a comma, double quotes and a line break, and reads back as written', async () => {
    const csv = await csvOf('/api/v1/developments?kind=military_strike').expect(200);
    expect(csv.text).toContain('"Drone attack on Russian strategic bombers, ""Operation Spiderweb"":\n$2 billion of aircraft damaged"');
    const [strike] = records(csv.text);
    expect(strike).toMatchObject({ summary: SPIDERWEB, actor1: 'UKR', actor2: 'RUS', date_precision: 'day', cameo_code: '195', country: '', latitude: '', longitude: '', notes: '' });
    expect(JSON.parse(strike.details as string)).toEqual(droneAttackOnBombers.details);
  });

  it('pages developments by their own cursor, each page saying where the next is', async () => {
    const all = records((await csvOf('/api/v1/developments?limit=500').expect(200)).text).map((r) => r.event_id);
    const paged: unknown[] = [];
    let next: string | undefined = '/api/v1/developments?limit=2&format=csv';
    while (next) {
      const page: { text: string; headers: Record<string, string> } = await parley.http().get(next).expect(200);
      paged.push(...records(page.text).map((r) => r.event_id));
      next = /<([^>]+)>; rel="next"/.exec(page.headers.link ?? '')?.[1];
    }
    expect(all.length).toBeGreaterThan(2);
    expect(paged).toEqual(all);
  });

  it('streams the event log to its head unless a limit is given, from `after`', async () => {
    const all = records((await csvOf('/api/v1/events').expect(200)).text);
    expect(all.map((r) => Number(r.position))).toEqual(Array.from({ length: await parley.eventCount() }, (_, i) => i + 1));
    const some = records((await csvOf('/api/v1/events?after=2&limit=3').expect(200)).text);
    expect(some.map((r) => r.position)).toEqual(['3', '4', '5']);
  });

  it('answers JSON when Accept prefers it, and to format=json whatever Accept says', async () => {
    const preferred = await parley.http().get('/api/v1/statements').set('Accept', 'application/json, text/csv;q=0.5').expect(200);
    expect(preferred.headers['content-type']).toMatch(/^application\/json/);
    const asked = await parley.http().get('/api/v1/statements?format=json').set('Accept', 'text/csv').expect(200);
    expect(asked.body.statements).toHaveLength(2);
  });

  it('refuses a format it does not write, and a bad filter, as problem+json naming the field', async () => {
    const format = await parley.http().get('/api/v1/developments?format=xlsx').expect(400);
    expect(format.headers['content-type']).toMatch(/problem\+json/);
    expect(format.body.errors).toEqual([{ field: 'format', message: expect.any(String) }]);
    const filter = await parley.http().get('/api/v1/statements?from=yesterday').set('Accept', 'text/csv').expect(400);
    expect(filter.headers['content-type']).toMatch(/problem\+json/);
    expect(filter.body.errors[0].field).toBe('from');
    const notAList = await parley.http().get(`/api/v1/negotiations/${TRACK}?format=csv`).expect(400);
    expect(notAList.body.errors[0].field).toBe('format');
  });

  it('documents the CSV answer of every list in the OpenAPI document, with its header row as example, and the format parameter', async () => {
    const spec = (await parley.http().get('/docs-json').expect(200)).body;
    for (const { name, path } of LISTS) {
      const route = path.split('?')[0].replace('RUS-UKR', '{dyad}').replace(`/${TRACK}/`, '/{trackId}/');
      const get = spec.paths[route].get;
      expect(get.responses['200'].content['text/csv'].example.split('\r\n')[0]).toBe(documentedColumns(name).join(','));
      expect(get.parameters).toContainEqual(expect.objectContaining({ name: 'format', in: 'query' }));
    }
  });

  it('npm run export writes the same CSV, following the pages, to the file given', async () => {
    await parley.app.listen(0, '127.0.0.1');
    const dir = await mkdtemp(join(tmpdir(), 'parley-export-'));
    try {
      const out = join(dir, 'developments.csv');
      const range = ['--from', '2025-05-01T00:00:00Z', '--to', '2025-06-30T00:00:00Z'];
      const cli = spawnTs('scripts/export.ts', {}, ['developments', ...range, '--limit', '2', '--format', 'csv', '--out', out, '--url', await parley.app.getUrl()]);
      const [code] = await once(cli, 'exit');
      expect(code).toBe(0);
      const whole = await csvOf(`/api/v1/developments?from=${range[1]}&to=${range[3]}&limit=500`).expect(200);
      expect(records(whole.text).length).toBeGreaterThan(2);
      expect(await readFile(out, 'utf8')).toBe(whole.text);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
