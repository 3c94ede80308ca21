import { ParleyUnderTest, startParley } from './support/parley-under-test';
import { exchangeOf24May } from './support/istanbul';

/**
 * India–Pakistan, 10 May 2025: Pakistani drones over Jammu in the early hours, and after the ceasefire
 * announced that afternoon, drones and blasts over Srinagar in the evening, as Reuters and The Hindu
 * reported them. The hours are approximate (UTC); the second and third publishers of the evening
 * incident and the figures of the second exchange are test inputs, not reporting: the cases.
 */
const droneStrike = (occurredAt: string, location: string | undefined, publisher: string) => ({
  kind: 'military_strike',
  actor: 'PAK',
  targets: ['IND'],
  occurredAt,
  ...(location ? { location } : {}),
  details: { means: 'drone' },
  source: { publisher },
});
const overJammu = droneStrike('2025-05-10T00:30:00Z', 'Jammu', 'Reuters');
const overSrinagar = droneStrike('2025-05-10T16:00:00Z', 'Srinagar', 'The Hindu');

describe('identity: the same event reported twice is one development; two events are never one', () => {
  let parley: ParleyUnderTest;
  let last = 0;
  const write = async (path: string, body: unknown, status = 201) => {
    const res = await parley.post(path, body).expect(status);
    if (res.body.position) last = res.body.position;
    return res.body;
  };
  const development = async (id: string) => (await parley.http().get(`/api/v1/developments/${id}?minPosition=${last}`).expect(200)).body;
  let morning: string;
  let evening: string;
  let eveningAnswer: { id: string; corroborated: string | null };

  beforeAll(async () => {
    parley = await startParley();
    morning = (await write('/api/v1/developments', overJammu)).id;
    eveningAnswer = await write('/api/v1/developments', overSrinagar);
    evening = eveningAnswer.id;
  });
  afterAll(() => parley.stop());

  describe('given the drones over Jammu that morning and over Srinagar that evening', () => {
    it('records the evening violation as a development of its own, saying it corroborated nothing', async () => {
      expect(evening).not.toBe(morning);
      expect(eveningAnswer).toMatchObject({ corroborated: null, sourceAttached: false });
      const again = await write('/api/v1/developments', { ...overSrinagar, source: { publisher: 'Al Jazeera' }, datePrecision: 'exact' });
      expect(again).toMatchObject({ id: evening, corroborated: evening, sourceAttached: true });
      expect(again.matched).toEqual(['kind', 'actors', 'targets', 'cameoCode', 'occurredAt', 'location']);
      expect(await development(morning)).toMatchObject({ location: { name: 'Jammu', country: 'IND', precision: 'place' }, confirmed: false, sources: [{ publisher: 'Reuters' }] });
      expect(await development(evening)).toMatchObject({ location: { name: 'Srinagar', country: 'IND', precision: 'place' }, confirmed: true, independentSources: 2 });
    });

    it('answers a new development with corroborated: null', async () => {
      const other = await write('/api/v1/developments', { ...overSrinagar, occurredAt: '2025-05-11T16:00:00Z', source: { publisher: 'The Hindu' } });
      expect(other).toMatchObject({ corroborated: null, sourceAttached: false });
      expect(other.id).not.toBe(evening);
    });

    it('attaches a report that names the development it corroborates, its place unnamed', async () => {
      const named = await write('/api/v1/developments', { ...droneStrike('2025-05-10T16:20:00Z', undefined, 'Dawn'), corroborates: evening });
      expect(named).toMatchObject({ id: evening, corroborated: evening });
      expect(named.matched).not.toContain('location');
    });

    it('records a report marked distinct as a new development, however like the evening one', async () => {
      const distinct = await write('/api/v1/developments', { ...overSrinagar, source: { publisher: 'NDTV' }, distinct: true });
      expect(distinct).toMatchObject({ corroborated: null });
      expect(distinct.id).not.toBe(evening);
    });

    it('detaches a wrong source as an event: confirmed and the source count follow, the log keeps it', async () => {
      const { sources } = await development(morning);
      expect(sources).toEqual([expect.objectContaining({ publisher: 'Reuters', sourceId: expect.any(String) })]);
      await write('/api/v1/developments', { ...overJammu, source: { publisher: 'The Hindu' } });
      const confirmed = await development(morning);
      expect(confirmed).toMatchObject({ confirmed: true, independentSources: 2 });
      const wrong = confirmed.sources.find((s: { publisher: string }) => s.publisher === 'The Hindu');
      const detached = await parley.http().delete(`/api/v1/developments/${morning}/sources/${wrong.sourceId}`).set({ 'X-API-Key': 'test-writer-key' }).send({ reason: 'it reported the Srinagar incident' }).expect(200);
      last = detached.body.position;
      expect(await development(morning)).toMatchObject({ confirmed: false, independentSources: 1, sources: [{ publisher: 'Reuters' }] });
      const { rows } = await parley.db.query(`SELECT data FROM events WHERE type = 'SourceDetached'`);
      expect(rows).toEqual([{ data: expect.objectContaining({ developmentId: morning, sourceId: wrong.sourceId, source: { publisher: 'The Hindu' } }) }]);
      const again = await parley.http().delete(`/api/v1/developments/${morning}/sources/${wrong.sourceId}`).set({ 'X-API-Key': 'test-writer-key' }).expect(409);
      expect(again.body.errors).toEqual([{ field: 'sourceId', message: expect.any(String) }]);
    });
  });

  it('records concurrent reports of one new event once, attaching every other source to it', async () => {
    const publishers = ['AP', 'AFP', 'BBC', 'CNN', 'DW', 'France 24', 'Geo News', 'India Today', 'PTI', 'Xinhua'];
    const report = (publisher: string) => ({ ...droneStrike('2025-05-12T20:00:00Z', 'Amritsar', publisher), datePrecision: 'day' });
    const answers = await Promise.all(publishers.map((p) => parley.post('/api/v1/developments', report(p)).expect(201)));
    const ids = new Set(answers.map((a) => a.body.id));
    expect(ids.size).toBe(1);
    expect(answers.filter((a) => a.body.corroborated === null)).toHaveLength(1);
    last = Math.max(...answers.map((a) => a.body.position));
    expect(await development([...ids][0])).toMatchObject({ independentSources: publishers.length });
  });

  describe('given the exchange of 24 May, 307 for 307', () => {
    let first: string;
    beforeAll(async () => {
      first = (await write('/api/v1/prisoner-exchanges', exchangeOf24May)).id;
    });

    it('records a second exchange that day with figures an order apart as an exchange of its own', async () => {
      const second = await write('/api/v1/prisoner-exchanges', {
        ...exchangeOf24May,
        returned: [{ to: 'RUS', count: 10 }, { to: 'UKR', count: 10 }],
        source: { publisher: 'TASS' },
      });
      expect(second).toMatchObject({ corroborated: null, sourceAttached: false });
      const res = await parley.http().get(`/api/v1/prisoner-exchanges?trackId=${exchangeOf24May.trackId}&minPosition=${last}`).expect(200);
      expect(res.body.totals).toEqual({ count: 2, returned: { RUS: 317, UKR: 317 } });
      expect(res.body.exchanges.every((x: { confirmed: boolean }) => !x.confirmed)).toBe(true);
    });

    it('keeps a figure close to the first as disputed beside it, with its source', async () => {
      const close = await write('/api/v1/prisoner-exchanges', {
        ...exchangeOf24May,
        returned: [{ to: 'UKR', count: 300 }, { to: 'RUS', count: 307 }],
        source: { publisher: 'Ukrainska Pravda' },
      });
      expect(close).toMatchObject({ corroborated: first, disputed: [{ field: 'returned[UKR].count', value: 300, recorded: 307 }] });
      const disputed = [{ field: 'returned[UKR].count', value: 300, recorded: 307, publisher: 'Ukrainska Pravda', sourceId: expect.any(String) }];
      expect(await development(first)).toMatchObject({ confirmed: true, disputed, details: { returned: exchangeOf24May.returned } });
      const res = await parley.http().get(`/api/v1/prisoner-exchanges?trackId=${exchangeOf24May.trackId}&minPosition=${last}`).expect(200);
      expect(res.body.exchanges.find((x: { developmentId: string }) => x.developmentId === first)).toMatchObject({ disputed });
    });
  });
});
