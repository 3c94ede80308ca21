import { indexValue } from '@parley/domain';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parleyClient } from '../scripts/cli/parley-client';
import { Scenario, lastPosition, runScenario } from '../scripts/cli/scenario-runner';
import { ParleyUnderTest, WRITER_KEY, startParley } from './support/parley-under-test';

interface Reading {
  contributionCount: number;
  value: number;
  level: string;
  conflict: number;
  cooperation: number;
  scale: number;
  contributions: { eventId: string; channel: string; goldstein: number; magnitude: number; sourceWeight: number; decay: number; contribution: number }[];
}

describe('the tension index over the Istanbul scenario', () => {
  let parley: ParleyUnderTest;
  let position = 0;
  const get = async <T = Reading>(path: string): Promise<T> =>
    (await parley.http().get(`${path}${path.includes('?') ? '&' : '?'}minPosition=${position}`).expect(200)).body as T;

  beforeAll(async () => {
    parley = await startParley();
    await parley.app.listen({ port: 0, host: '127.0.0.1' });
    const client = parleyClient({ url: await parley.app.getUrl(), key: WRITER_KEY });
    const scenario: Scenario = JSON.parse(await readFile(join(__dirname, '../scenarios/istanbul-2025.json'), 'utf8'));
    position = lastPosition(await runScenario(client, scenario));
  });
  afterAll(() => parley.stop());

  it('reads RUS-UKR as high or severe on 2 June 2025', async () => {
    const reading = await get('/api/v1/tension/RUS-UKR?asOf=2025-06-02T23:59:59Z');
    expect(['high', 'severe']).toContain(reading.level);
    expect(reading.conflict).toBeGreaterThan(reading.cooperation);
    expect(reading.cooperation).toBeGreaterThan(0);
  });

  it('shows RUS-USA rising in late May, with Trump’s posts and the DIA report', async () => {
    const before = await get('/api/v1/tension/USA-RUS?asOf=2025-05-15T00:00:00Z');
    const after = await get('/api/v1/tension/RUS-USA?asOf=2025-05-31T23:59:59Z');
    expect(after.value).toBeGreaterThan(before.value);
    expect(after.contributions.map((c) => c.eventId).length).toBeGreaterThanOrEqual(2);
  });

  it('lets every answer be recomputed from the contributions it lists', async () => {
    for (const dyad of ['RUS-UKR', 'RUS-USA', 'DEU-RUS']) {
      const r = await get(`/api/v1/tension/${dyad}?asOf=2025-06-02T23:59:59Z&limit=1000`);
      const sum = (channel: string) =>
        r.contributions
          .filter((c) => c.channel === channel)
          .reduce((s, c) => s + Math.abs(c.goldstein) * c.magnitude * c.sourceWeight * c.decay, 0);
      // The read model keeps each development's weight to the billionth (docs/tension-index.md).
      expect(Math.abs(r.conflict - sum('conflict'))).toBeLessThanOrEqual(r.contributionCount * 1e-9);
      expect(Math.abs(r.cooperation - sum('cooperation'))).toBeLessThanOrEqual(r.contributionCount * 1e-9);
      expect(r.value).toBeCloseTo(indexValue(r.conflict, r.cooperation, r.scale), 9);
    }
  });

  it('lists every dyad and the overall index of the conflict', async () => {
    const overview = await get<{ overall: Reading; dyads: { dyad: string; value: number }[] }>(
      '/api/v1/tension?asOf=2025-06-02T23:59:59Z&actors=RUS,UKR,USA,DEU,GBR,TUR',
    );
    expect(overview.dyads.map((d) => d.dyad)).toEqual(expect.arrayContaining(['RUS-UKR', 'RUS-USA', 'DEU-RUS']));
    expect(overview.overall.value).toBeGreaterThan(0);
  });

  it('gives a history and a monthly verdict with its threshold', async () => {
    const history = await get<{ points: { at: string; value: number }[] }>(
      '/api/v1/tension/RUS-UKR/history?from=2025-05-01T00:00:00Z&to=2025-06-05T00:00:00Z&interval=week&asOf=2025-06-05T00:00:00Z',
    );
    expect(history.points.map((p) => p.at.slice(0, 10))).toEqual(['2025-05-01', '2025-05-08', '2025-05-15', '2025-05-22', '2025-05-29', '2025-06-05']);
    const trend = await get<{ verdict: string; threshold: number; change: number; mean: number; previousMean: number }>(
      '/api/v1/tension/RUS-USA/trend?month=2025-05&asOf=2025-06-05T00:00:00Z',
    );
    expect(trend).toMatchObject({ previousMean: 0, threshold: 5 });
    expect(trend.change).toBeCloseTo(trend.mean - trend.previousMean, 9);
    expect(trend.verdict).toBe(trend.change > 5 ? 'deteriorated' : 'unchanged');
  });

  it('drops a retracted development from the index', async () => {
    const before = await get('/api/v1/tension/RUS-UKR?asOf=2025-06-02T23:59:59Z&limit=1');
    const largest = before.contributions[0];
    const res = await parley.http().delete(`/api/v1/developments/${largest.eventId}`).set('X-API-Key', WRITER_KEY).send({ reason: 'test' }).expect(200);
    position = res.body.position;
    const after = await get('/api/v1/tension/RUS-UKR?asOf=2025-06-02T23:59:59Z&limit=1000');
    expect(after.contributions.map((c) => c.eventId)).not.toContain(largest.eventId);
    // The reading is exactly the one without that development: its contribution leaves, nothing else moves.
    const removed = (channel: string) => (largest.channel === channel ? largest.contribution : 0);
    const tolerance = before.contributionCount * 1e-9;
    expect(Math.abs(after.conflict - (before.conflict - removed('conflict')))).toBeLessThanOrEqual(tolerance);
    expect(Math.abs(after.cooperation - (before.cooperation - removed('cooperation')))).toBeLessThanOrEqual(tolerance);
    expect(after.value).toBeCloseTo(indexValue(after.conflict, after.cooperation, after.scale), 9);
    expect(after.value).toBeLessThan(before.value);
  });

  it('refuses a malformed dyad and a direction outside it, naming the field', async () => {
    const bad = await parley.http().get('/api/v1/tension/RUSSIA').expect(400);
    expect(bad.body.errors[0].field).toBe('dyad');
    const outside = await parley.http().get('/api/v1/tension/RUS-UKR?from=USA').expect(400);
    expect(outside.body.errors[0].field).toBe('from');
  });

  it('given a ceasefire and a clash with both sides as actors, counts each in their dyad both ways and lists it under either side', async () => {
    const joint = { actors: ['IND', 'PAK'], occurredAt: '2025-05-10T11:30:00Z', source: { publisher: 'Reuters' } };
    const ceasefire = await parley.post('/api/v1/developments', {
      ...joint,
      kind: 'ceasefire',
      details: { stage: 'agreed', scope: 'full', startsAt: '2025-05-10T11:30:00Z' },
    }).expect(201);
    const clash = await parley.post('/api/v1/developments', { ...joint, occurredAt: '2025-05-09T22:00:00Z', kind: 'armed_clash', details: { stage: 'shelling', line: 'Line of Control' } }).expect(201);
    position = clash.body.position;
    const reading = await get('/api/v1/tension/IND-PAK?asOf=2025-05-11T00:00:00Z');
    expect(reading.contributions.map((c) => [c.eventId, c.channel])).toEqual(
      expect.arrayContaining([[ceasefire.body.id, 'cooperation'], [clash.body.id, 'conflict']]),
    );
    expect((await get('/api/v1/tension/IND-PAK?asOf=2025-05-11T00:00:00Z&from=PAK')).contributionCount).toBe(2);
    const { developments } = await get<{ developments: { id: string; actors: string[]; dyads: string[] }[] }>('/api/v1/developments?actor=PAK&kind=ceasefire');
    expect(developments).toEqual([expect.objectContaining({ id: ceasefire.body.id, actors: ['IND', 'PAK'], dyads: ['IND-PAK'] })]);
  });
});
