import { ParleyUnderTest, startParley } from './support/parley-under-test';
import { TRACK, droneAttackOnBombers, peskovOnMeeting, scheduleRound2, startRound2, trumpOnTruthSocial } from './support/istanbul';
import { DATE_PARAMETERS } from '../apps/api/test/date-parameters';

/** What reads take; their refusals are specified without PostgreSQL or Kafka in apps/api/src/http/query-validation.api.spec.ts. */
describe('queries validated one way', () => {
  let parley: ParleyUnderTest;
  let lastPosition = 0;
  const write = async (path: string, body: unknown) => {
    lastPosition = (await parley.post(path, body).expect(201)).body.position;
  };

  beforeAll(async () => {
    parley = await startParley();
    await write(`/api/v1/negotiations/${TRACK}/rounds`, scheduleRound2);
    await write(`/api/v1/negotiations/${TRACK}/rounds/2/start`, startRound2);
    await write('/api/v1/statements', trumpOnTruthSocial);
    await write('/api/v1/statements', peskovOnMeeting);
    await write('/api/v1/developments', droneAttackOnBombers);
    await write('/api/v1/developments', { ...droneAttackOnBombers, occurredAt: '2025-06-02T12:00:00Z', summary: 'an illustration to page through, not a reported attack' });
  });
  afterAll(() => parley.stop());

  describe.each(DATE_PARAMETERS)('%s', (path, params) => {
    it.each(params)('takes %s as a plain date or a date-time', async (param) => {
      // What Parley knew is read from the day after tomorrow: on 3 June 2025 it knew nothing yet, not even
      // the track; and tomorrow at midnight in UTC+2 is 22:00 UTC today, before the track was recorded if
      // the test runs after it.
      const day = param === 'knownAt' ? new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10) : '2025-06-03';
      await parley.http().get(`${path}?${param}=${day}&minPosition=${lastPosition}`).expect(200);
      await parley.http().get(`${path}?${param}=${day}T00:00:00%2B02:00`).expect(200);
    });
  });

  it('reads a plain date as the start of its day in UTC', async () => {
    const startedAt = (query: string) => parley.http().get(`/api/v1/events?type=TalksStarted&${query}`).expect(200);
    expect((await startedAt('from=2025-06-02')).body.events).toHaveLength(1);
    expect((await startedAt('to=2025-06-02')).body.events).toHaveLength(0);
    const statements = await parley.http().get('/api/v1/statements?from=2025-05-28&to=2025-05-31').expect(200);
    expect(statements.body.statements.map((s: { actor: string }) => s.actor)).toEqual(['RUS']);
  });

  it('refuses the live feed with from after to before it opens', async () => {
    await parley.app.listen(0, '127.0.0.1');
    const res = await fetch(`${await parley.app.getUrl()}/api/v1/events/live?from=2025-06-02&to=2025-06-01`);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ field: 'from' }] });
  });

  it('takes a cursor it issued', async () => {
    const first = await parley.http().get('/api/v1/developments?kind=military_strike&limit=1').expect(200);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const next = await parley.http().get(`/api/v1/developments?kind=military_strike&limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`).expect(200);
    expect(next.body.developments.map((d: { occurredAt: string }) => d.occurredAt)).toEqual(['2025-06-01T12:00:00.000Z']);
  });
});
