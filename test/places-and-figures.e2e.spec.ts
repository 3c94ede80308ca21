import { parse } from 'csv-parse/sync';
import { tally } from '../scripts/cli/scenario-runner';
import { postScenarios } from './support/scenarios';
import { ParleyUnderTest, startParley } from './support/parley-under-test';

type Json = Record<string, any>;

/**
 * Places and figures as an analyst records them (docs/places-and-figures.md). Pakistan's claim of five
 * Indian aircraft shot down on 7 May 2025 is as the India–Pakistan scenario records it (Daily Times,
 * 7 May 2025). The clash at Goma, its split toll, its notes and the coordinates given for Sake are test
 * inputs, not reporting; the second part reads the scenarios as they are.
 */
const jetsClaim = {
  kind: 'air_defence_interception',
  actor: 'PAK',
  targets: ['IND'],
  occurredAt: '2025-05-06T21:00:00Z',
  datePrecision: 'day',
  summary: "Pakistan's military says its jets shot down five Indian aircraft: three Rafales, one SU-30 and one MiG-29",
  magnitude: { count: 5, claimedBy: 'PAK' },
  details: { projectile: 'aircraft' },
  source: { publisher: 'Daily Times', url: 'https://dailytimes.com.pk/1297617/india-kills-dozens-in-airstrike-on-civilians-pakistan-vows-to-avenge-every-drop-of-blood-dg-ispr/' },
};
const clashAtGoma = {
  kind: 'armed_clash',
  actor: 'COD',
  targets: ['RWA'],
  occurredAt: '2025-01-26T12:00:00Z',
  datePrecision: 'day',
  location: 'Goma',
  summary: 'a test clash at Goma, not a reported one',
  magnitude: { casualties: { COD: 12, RWA: 3 }, approximate: true },
  details: { stage: 'clash' },
  notes: 'Test input: the toll by side, given as approximate.',
  source: { publisher: 'Test Desk' },
};

describe('places and figures as analysts keep them', () => {
  let parley: ParleyUnderTest;
  let last = 0;
  const write = async (body: unknown) => {
    const res = await parley.post('/api/v1/developments', body).expect(201);
    last = res.body.position;
    return res.body.id as string;
  };
  const read = async (path: string): Promise<any> =>
    (await parley.http().get(`${path}${path.includes('?') ? '&' : '?'}minPosition=${last}`).expect(200)).body;
  const refused = async (body: unknown) => {
    const res = await parley.post('/api/v1/developments', body).expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    return res.body.errors as { field: string; message: string }[];
  };
  let goma: string;
  let claim: string;

  beforeAll(async () => {
    parley = await startParley();
    goma = await write(clashAtGoma);
    claim = await write(jetsClaim);
  });
  afterAll(() => parley.stop());

  it('places "Goma" in the DRC, with coordinates from the gazetteer, and keeps the split toll, its approximation and the notes', async () => {
    expect(await read(`/api/v1/developments/${goma}`)).toMatchObject({
      location: { name: 'Goma', country: 'COD', latitude: -1.674, longitude: 29.228, precision: 'place' },
      magnitude: { casualties: { bySide: { COD: 12, RWA: 3 } }, approximate: true },
      notes: 'Test input: the toll by side, given as approximate.',
    });
  });

  it('places a place the gazetteer does not know at its country’s centroid, and keeps coordinates the reporter gives', async () => {
    const unmapped = await write({ ...clashAtGoma, occurredAt: '2025-01-27T12:00:00Z', location: { name: 'Unmapped village', country: 'COD', admin1: 'North Kivu' } });
    expect((await read(`/api/v1/developments/${unmapped}`)).location).toEqual({ name: 'Unmapped village', country: 'COD', admin1: 'North Kivu', latitude: -2.865, longitude: 23.638, precision: 'country' });
    const given = await write({ ...clashAtGoma, occurredAt: '2025-01-28T12:00:00Z', location: { name: 'Sake', latitude: -1.573, longitude: 29.045 } });
    expect((await read(`/api/v1/developments/${given}`)).location).toEqual({ name: 'Sake', latitude: -1.573, longitude: 29.045, precision: 'given' });
  });

  it("counts Pakistan's claim at half its size in the IND-PAK tension, and says whose claim it is", async () => {
    expect(await read(`/api/v1/developments/${claim}`)).toMatchObject({ magnitude: { count: 5, claimedBy: 'PAK' }, location: null });
    const reading = await read('/api/v1/tension/IND-PAK?asOf=2025-05-07T23:59:59Z');
    const contribution = reading.contributions.find((c: Json) => c.eventId === claim);
    expect(contribution.magnitude).toBeCloseTo(1 + Math.log10(1 + 5 * 0.5), 3);
  });

  it.each([
    [{ location: { name: 'Goma', latitude: 91, longitude: 29 } }, 'location.latitude'],
    [{ location: { name: 'Goma', latitude: -1.6, longitude: 181 } }, 'location.longitude'],
    [{ location: { name: 'Goma', country: 'XYZ' } }, 'location.country'],
    [{ magnitude: { casualties: { total: 5, bySide: { COD: 12 } } } }, 'magnitude.casualties.total'],
    [{ magnitude: { casualties: 3, claimedBy: 'USA' } }, 'magnitude.claimedBy'],
    [{ notes: 'a\u0000b' }, 'notes'],
  ])('refuses %j as problem+json naming %s, storing nothing', async (change, field) => {
    const before = (await read('/api/v1/developments?limit=500')).developments.length;
    expect((await refused({ ...clashAtGoma, ...change })).map((e) => e.field)).toContain(field);
    expect((await read('/api/v1/developments?limit=500')).developments).toHaveLength(before);
  });

  it('exports the place, the total toll, the sides, the approximation, the claimant and the notes as CSV columns', async () => {
    const csv = await parley.http().get(`/api/v1/developments?limit=500&format=csv&minPosition=${last}`).expect(200);
    const rows: Json[] = parse(csv.text, { columns: true });
    expect(rows.find((r) => r.event_id === goma)).toMatchObject({
      location: 'Goma',
      country: 'COD',
      latitude: '-1.674',
      longitude: '29.228',
      location_precision: 'place',
      fatalities: '15',
      fatalities_by_side: 'COD:12; RWA:3',
      figures_approximate: 'true',
      figures_claimed_by: '',
      notes: 'Test input: the toll by side, given as approximate.',
    });
    expect(rows.find((r) => r.event_id === claim)).toMatchObject({ location: '', country: '', fatalities: '', figures_claimed_by: 'PAK', figures_approximate: 'false' });
  });
});

describe('places and figures in the India–Pakistan and DRC–Rwanda scenarios', () => {
  let parley: ParleyUnderTest;
  let position = 0;
  const developments = async (query: string): Promise<Json[]> =>
    (await parley.http().get(`/api/v1/developments?limit=500&${query}&minPosition=${position}`).expect(200)).body.developments;

  beforeAll(async () => {
    parley = await startParley();
    const posted = await postScenarios(parley, ['india-pakistan-2025', 'drc-rwanda-2025']);
    for (const results of posted.answered.values()) expect(tally(results).refused).toEqual([]);
    position = posted.position;
  });
  afterAll(() => parley.stop());

  it('places every development that names a place, each with coordinates where its country is known', async () => {
    const placed = (await developments('')).filter((d) => d.location !== null);
    expect(placed.length).toBeGreaterThan(30);
    for (const { location } of placed.filter((d) => d.location.country)) expect(location).toEqual(expect.objectContaining({ latitude: expect.any(Number), longitude: expect.any(Number) }));
    const goma = placed.filter((d) => d.location.name === 'Goma');
    expect(goma.map((d) => d.location)).toContainEqual({ name: 'Goma', country: 'COD', latitude: -1.674, longitude: 29.228, precision: 'place' });
    expect(placed.find((d) => d.location.name === 'Pahalgam')?.location).toMatchObject({ country: 'IND', precision: 'country' });
    // Signed in Washington, D.C., not in any of the smaller places of the name.
    expect(placed.find((d) => d.location.name === 'Washington')?.location).toMatchObject({ country: 'USA', latitude: 38.895, precision: 'place' });
  });

  it("records Pakistan's claim of five Indian jets as its claim, and the WHO's Goma toll as approximate", async () => {
    const [jets] = (await developments('kind=air_defence_interception&actor=PAK')).filter((d) => d.details.projectile === 'aircraft');
    expect(jets).toMatchObject({ targets: ['IND'], magnitude: { count: 5, claimedBy: 'PAK' }, sources: [{ publisher: 'Daily Times' }] });
    const [toll] = (await developments('kind=armed_clash&actor=M23')).filter((d) => d.magnitude.casualties === 900);
    expect(toll.magnitude).toEqual({ casualties: 900, approximate: true });
  });
});
