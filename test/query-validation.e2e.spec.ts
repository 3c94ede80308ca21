import { ParleyUnderTest, startParley } from './support/parley-under-test';
import { TRACK, droneAttackOnBombers, peskovOnMeeting, scheduleRound2, startRound2, trumpOnTruthSocial } from './support/istanbul';

/** Every query and the date parameters it takes: one vocabulary, so all of them read a date the same way. */
const DATE_PARAMETERS: [path: string, params: string[]][] = [
  ['/api/v1/events', ['from', 'to']],
  ['/api/v1/statements', ['from', 'to', 'asOf', 'knownAt']],
  ['/api/v1/developments', ['since', 'from', 'to', 'asOf', 'knownAt']],
  ['/api/v1/developments/retractions', ['since', 'asOf', 'knownAt']],
  ['/api/v1/actors', ['asOf', 'knownAt']],
  ['/api/v1/actors/RUS', ['asOf', 'knownAt']],
  ['/api/v1/prisoner-exchanges', ['asOf', 'knownAt']],
  [`/api/v1/negotiations/${TRACK}`, ['asOf', 'knownAt']],
  ['/api/v1/tension', ['asOf', 'knownAt']],
  ['/api/v1/tension/RUS-UKR', ['asOf', 'knownAt']],
  ['/api/v1/tension/RUS-UKR/history', ['from', 'to', 'asOf', 'knownAt']],
];

const LISTS_WITH_A_PERIOD = ['/api/v1/events', '/api/v1/statements', '/api/v1/developments', '/api/v1/tension/RUS-UKR/history'];

/** Narendra Modi, Prime Minister of India: a person, registered. */
const modi = { code: 'MODI', name: 'Narendra Modi', type: 'person', country: 'IND' };

describe('queries validated one way', () => {
  let parley: ParleyUnderTest;
  let lastPosition = 0;
  const write = async (path: string, body: unknown) => {
    lastPosition = (await parley.post(path, body).expect(201)).body.position;
  };
  const problem = async (path: string, status: number) => {
    const res = await parley.http().get(path).expect(status);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    return res.body.errors;
  };

  beforeAll(async () => {
    parley = await startParley();
    await write(`/api/v1/negotiations/${TRACK}/rounds`, scheduleRound2);
    await write(`/api/v1/negotiations/${TRACK}/rounds/2/start`, startRound2);
    await write('/api/v1/statements', trumpOnTruthSocial);
    await write('/api/v1/statements', peskovOnMeeting);
    await write('/api/v1/developments', droneAttackOnBombers);
    await write('/api/v1/developments', { ...droneAttackOnBombers, occurredAt: '2025-06-02T12:00:00Z', summary: 'an illustration to page through, not a reported attack' });
    await write('/api/v1/actors', modi);
  });
  afterAll(() => parley.stop());

  describe.each(DATE_PARAMETERS)('%s', (path, params) => {
    it.each(params)('takes %s as a plain date or a date-time, and refuses anything else naming it', async (param) => {
      // What Parley knew is read from tomorrow: on 3 June 2025 it knew nothing yet, not even the track.
      const day = param === 'knownAt' ? new Date(Date.now() + 86_400_000).toISOString().slice(0, 10) : '2025-06-03';
      await parley.http().get(`${path}?${param}=${day}&minPosition=${lastPosition}`).expect(200);
      await parley.http().get(`${path}?${param}=${day}T00:00:00%2B02:00`).expect(200);
      expect(await problem(`${path}?${param}=yesterday`, 400)).toEqual([{ field: param, message: expect.stringMatching(/date/) }]);
    });
  });

  it('reads a plain date as the start of its day in UTC', async () => {
    const startedAt = (query: string) => parley.http().get(`/api/v1/events?type=TalksStarted&${query}`).expect(200);
    expect((await startedAt('from=2025-06-02')).body.events).toHaveLength(1);
    expect((await startedAt('to=2025-06-02')).body.events).toHaveLength(0);
    const statements = await parley.http().get('/api/v1/statements?from=2025-05-28&to=2025-05-31').expect(200);
    expect(statements.body.statements.map((s: { actor: string }) => s.actor)).toEqual(['RUS']);
  });

  it.each(LISTS_WITH_A_PERIOD)('refuses %s with from after to, naming from', async (path) => {
    expect(await problem(`${path}?from=2025-06-02&to=2025-06-01`, 400)).toEqual([{ field: 'from', message: 'must not be after to' }]);
  });

  it('refuses the live feed with from after to before it opens', async () => {
    await parley.app.listen(0, '127.0.0.1');
    const res = await fetch(`${await parley.app.getUrl()}/api/v1/events/live?from=2025-06-02&to=2025-06-01`);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ field: 'from' }] });
  });

  it.each(['/api/v1/developments', '/api/v1/developments/retractions'])('refuses %s a cursor it never issued, and takes one it did', async (path) => {
    expect(await problem(`${path}?cursor=garbage`, 400)).toEqual([{ field: 'cursor', message: expect.stringMatching(/nextCursor/) }]);
    expect(await problem(`${path}?cursor=2025-13-45T00:00:00.000Z|00000000-0000-0000-0000-000000000000`, 400)).toEqual([{ field: 'cursor', message: expect.any(String) }]);
    const first = await parley.http().get('/api/v1/developments?kind=military_strike&limit=1').expect(200);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const next = await parley.http().get(`/api/v1/developments?kind=military_strike&limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`).expect(200);
    expect(next.body.developments.map((d: { occurredAt: string }) => d.occurredAt)).toEqual(['2025-06-01T12:00:00.000Z']);
  });

  it.each(['', '/history', '/trend?month=2025-05'])('refuses the tension of an actor with itself (400) and of an unknown actor (404), naming the dyad: %s', async (tail) => {
    const [rest, query = ''] = tail.split('?');
    expect(await problem(`/api/v1/tension/IND-IND${rest}?${query}`, 400)).toEqual([{ field: 'dyad', message: expect.stringMatching(/two different actors/) }]);
    expect(await problem(`/api/v1/tension/IND-XXX${rest}?${query}`, 404)).toEqual([{ field: 'dyad', message: 'XXX is not a known actor' }]);
  });
});
