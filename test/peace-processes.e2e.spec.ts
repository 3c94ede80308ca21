import { Scenario, StepResult, tally } from '../scripts/cli/scenario-runner';
import { postScenarios, readScenario } from './support/scenarios';
import { ParleyUnderTest, WRITER_KEY, startParley } from './support/parley-under-test';

type Json = Record<string, any>;

/**
 * The three scenarios of 2025 loaded into one Parley, as an analyst would: what their read models must
 * show (issue "Any peace process, recorded faithfully") and the tension readings calibrated on them
 * (docs/tension-index.md, "Calibration").
 */
describe('India–Pakistan, DRC–Rwanda and Istanbul, 2025, posted through the REST API', () => {
  let parley: ParleyUnderTest;
  let position = 0;
  const results = new Map<string, StepResult[]>();
  const read = async (path: string): Promise<Json> =>
    (await parley.http().get(`${path}${path.includes('?') ? '&' : '?'}minPosition=${position}`).expect(200)).body;
  const developments = async (query: string): Promise<Json[]> => (await read(`/api/v1/developments?limit=500&${query}`)).developments;
  const tension = (dyad: string, day: string) => read(`/api/v1/tension/${dyad}?asOf=${day}T23:59:59Z`);
  const scenarios = new Map<string, Scenario>();
  /** The instant just before Parley recorded the first development of `kind` at `stage` in a scenario: a `knownAt` that leaves it out. */
  const knownBefore = async (name: string, kind: string, stage: string): Promise<string> => {
    const index = scenarios.get(name)!.steps.findIndex((s) => s.body.kind === kind && (s.body.details as Json).stage === stage);
    const { position } = results.get(name)!.find((r) => r.index === index)!.body as Json;
    const [event] = (await read(`/api/v1/events?after=${position - 1}&limit=1`)).events;
    return new Date(Date.parse(event.recordedAt) - 1).toISOString();
  };
  /** A dyad's reading at the end of `day`, as Parley knew it at `knownAt`. */
  const tensionKnownAt = async (dyad: string, day: string, knownAt: string): Promise<Json> =>
    (await parley.http().get(`/api/v1/tension/${dyad}?asOf=${day}T23:59:59Z&knownAt=${knownAt}`).expect(200)).body;

  beforeAll(async () => {
    parley = await startParley();
    const names = ['istanbul-2025', 'india-pakistan-2025', 'drc-rwanda-2025'];
    for (const name of names) scenarios.set(name, await readScenario(name));
    const posted = await postScenarios(parley, names);
    for (const [name, answered] of posted.answered) results.set(name, answered);
    position = posted.position;
  });
  afterAll(() => parley.stop());

  it('accepts every step of every scenario', () => {
    for (const [name, answered] of results) {
      expect({ name, refused: tally(answered).refused.map((r) => ({ step: r.index + 1, status: r.status, body: r.body })) }).toEqual({ name, refused: [] });
    }
  });

  describe('India–Pakistan, April–June 2025', () => {
    it('records the ceasefire of 10 May as a ceasefire of both parties, and the violation that evening as another development', async () => {
      const ceasefires = (await developments('kind=ceasefire')).filter((d) => d.dyads.includes('IND-PAK'));
      const agreed = ceasefires.find((d) => d.details.stage === 'agreed');
      expect(agreed).toMatchObject({ actors: ['IND', 'PAK'], dyads: ['IND-PAK'], occurredAt: '2025-05-10T10:05:00.000Z', cameo: { code: '0871' } });
      const violated = ceasefires.find((d) => d.details.stage === 'violated');
      expect(violated).toMatchObject({ actor: 'PAK', targets: ['IND'], location: { name: 'Srinagar', country: 'IND', precision: 'place' }, cameo: { code: '196' } });
      const strikesThatMorning = await developments('kind=military_strike&actor=PAK&from=2025-05-10&to=2025-05-11');
      expect(strikesThatMorning.map((d) => d.id)).not.toContain(violated!.id);
    });

    it("records the BSF constable's detention on 23 April and his return on 14 May", async () => {
      const detentions = await developments('kind=detention&actor=PAK');
      expect(detentions.map((d) => [d.details.stage, d.occurredAt.slice(0, 10), d.cameo.code])).toEqual(
        expect.arrayContaining([
          ['detained', '2025-04-23', '173'],
          ['released', '2025-05-14', '0841'],
        ]),
      );
    });

    it('lists the DGMO rounds: a call with no city, then one postponed by five hours from its first schedule', async () => {
      const { rounds } = await read('/api/v1/negotiations/india-pakistan/rounds');
      expect(rounds[0]).toMatchObject({ round: 1, format: 'call', city: null, status: 'concluded' });
      expect(rounds[1]).toMatchObject({
        round: 2,
        status: 'concluded',
        originalScheduledStart: '2025-05-12T06:30:00.000Z',
        postponements: [{ from: '2025-05-12T06:30:00.000Z', to: '2025-05-12T11:30:00.000Z', reason: expect.stringContaining('evening') }],
        delayMinutes: 300,
      });
    });

    it('reads severe at the height of the fighting, 8–10 May, and elevated or lower a week after the ceasefire', async () => {
      const peak = Math.max(...(await Promise.all(['2025-05-08', '2025-05-09', '2025-05-10'].map((day) => tension('IND-PAK', day)))).map((r) => r.value));
      expect(peak).toBeGreaterThanOrEqual(75);
      const week = await tension('IND-PAK', '2025-05-17');
      expect(['low', 'elevated']).toContain(week.level);
      expect(week.deEscalation).toMatchObject({ kind: 'ceasefire', stage: 'agreed', since: '2025-05-10T10:05:00.000Z' });
    });

    it('reads the ceasefire a week on at no more than 60 % of the same reading made before it was recorded', async () => {
      const withIt = await tension('IND-PAK', '2025-05-17');
      const without = await tensionKnownAt('IND-PAK', '2025-05-17', await knownBefore('india-pakistan-2025', 'ceasefire', 'agreed'));
      expect(without.deEscalation).toBeNull();
      expect(withIt.value).toBeLessThanOrEqual(0.6 * without.value);
    });

    it('calls May deteriorated and June improved', async () => {
      const trend = async (month: string) => (await read(`/api/v1/tension/IND-PAK/trend?month=${month}&asOf=2025-07-01T00:00:00Z`)).verdict;
      expect(await trend('2025-05')).toBe('deteriorated');
      expect(await trend('2025-06')).toBe('improved');
    });
  });

  describe('DRC–Rwanda, January–August 2025', () => {
    it("registers M23 as backed by Rwanda, and counts M23's offensive in COD-RWA through it", async () => {
      expect(await read('/api/v1/actors/M23')).toMatchObject({ backedBy: ['RWA'] });
      const february = await tension('COD-RWA', '2025-02-17');
      expect(['elevated', 'high', 'severe']).toContain(february.level);
      expect(february.contributions.some((c: Json) => c.via === 'M23')).toBe(true);
    });

    it('reaches an agreement on the drc-rwanda track with the signing of 27 June, not before', async () => {
      expect((await read('/api/v1/negotiations/drc-rwanda?asOf=2025-06-26T23:59:59Z')).phase).not.toBe('agreement_reached');
      expect((await read('/api/v1/negotiations/drc-rwanda?asOf=2025-06-28T00:00:00Z')).phase).toBe('agreement_reached');
    });

    it('lists the Doha rounds with M23: the Luanda round cancelled, the fourth postponed from 8 to 22 August', async () => {
      const { rounds } = await read('/api/v1/negotiations/drc-m23/rounds');
      expect(rounds[0]).toMatchObject({ round: 1, status: 'cancelled', reason: expect.any(String) });
      expect(rounds[3]).toMatchObject({
        round: 4,
        originalScheduledStart: '2025-08-08T12:00:00.000Z',
        postponements: [{ from: '2025-08-08T12:00:00.000Z', to: '2025-08-22T12:00:00.000Z', reason: expect.any(String) }],
      });
      expect((await read('/api/v1/negotiations/drc-m23')).phase).not.toBe('agreement_reached');
    });

    it("counts the fighting between the groups each state backs in COD-RWA, lowers it with the Washington agreement, and loses the agreement to the RDF's part in the Binza killings", async () => {
      const eve = await tension('COD-RWA', '2025-06-26');
      expect(eve.contributions.some((c: Json) => c.via === 'M23-WAZALENDO' && c.attribution === 0.25)).toBe(true);
      const dayAfter = await tension('COD-RWA', '2025-06-28');
      expect(dayAfter.deEscalation).toMatchObject({ kind: 'agreement', stage: 'signed' });
      expect(dayAfter.value).toBeLessThan(eve.value);
      // The UN Human Rights Office places RDF members in the killings from 9 July: a party's own hostile act.
      const binza = await tension('COD-RWA', '2025-07-09');
      expect(binza.deEscalation).toBeNull();
      expect(binza.value).toBeGreaterThan(eve.value);
    });

    it('reads the Washington agreement of 27 June as an improvement on the same record without it, for the fortnight after', async () => {
      const days = ['2025-06-28', '2025-07-04', '2025-07-11'];
      const withIt = await Promise.all(days.map((day) => tension('COD-RWA', day)));
      for (const reading of withIt) expect(reading.deEscalation).toMatchObject({ kind: 'agreement', stage: 'signed', since: '2025-06-27T16:00:00.000Z' });
      // The same record without the agreement: retracted, as an analyst would a report found wrong (the last test here).
      const [signed] = (await developments('kind=agreement&actor=COD')).filter((d) => d.details.stage === 'signed');
      const retracted = await parley.http().delete(`/api/v1/developments/${signed.id}`).set({ 'X-API-Key': WRITER_KEY }).send({ reason: 'the counterfactual' }).expect(200);
      position = Math.max(position, retracted.body.position);
      const without = await Promise.all(days.map((day) => tension('COD-RWA', day)));
      // Without it, the ceasefire of 18 March is what holds: the agreement sets aside more than it did.
      for (const reading of without) expect(reading.deEscalation).toMatchObject({ kind: 'ceasefire', stage: 'agreed' });
      withIt.forEach((reading, i) => expect(reading.value).toBeLessThan(without[i].value));
    });
  });

  it('keeps RUS-UKR high on 2 June 2025, the day of the Istanbul round', async () => {
    expect(await tension('RUS-UKR', '2025-06-02')).toMatchObject({ level: 'high', value: expect.closeTo(55.02, 1) });
  });
});
