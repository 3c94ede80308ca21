import { TRACK, scheduleRound2 } from './support/istanbul';
import { ParleyUnderTest, startParley } from './support/parley-under-test';

describe('read-your-writes on an api without a projector: the read models never reach a write', () => {
  let parley: ParleyUnderTest;
  let written: number;

  beforeAll(async () => {
    parley = await startParley({ PARLEY_COMPONENTS: 'api' });
    written = (await parley.post(`/api/v1/negotiations/${TRACK}/rounds`, scheduleRound2).expect(201)).body.position;
  });
  afterAll(() => parley.stop());

  it('answers every query, the event log included, 503 problem+json with Retry-After once 5 s have passed', async () => {
    const queries = ['/api/v1/statements', '/api/v1/prisoner-exchanges', `/api/v1/negotiations/${TRACK}`, '/api/v1/events'];
    const asked = Date.now();
    // All at once, so the file waits 5 s in all rather than 5 s per query.
    const answers = await Promise.all(queries.map((query) => parley.http().get(`${query}?minPosition=${written}`)));
    const waited = Date.now() - asked;
    for (const answer of answers) {
      expect({ status: answer.status, contentType: answer.headers['content-type'] }).toEqual({
        status: 503,
        contentType: expect.stringMatching(/^application\/problem\+json/),
      });
      expect(answer.headers['retry-after']).toMatch(/^[1-9]\d*$/);
      expect(answer.body.detail).toMatch(new RegExp(`not yet applied position ${written}`));
    }
    expect(waited).toBeGreaterThanOrEqual(5_000);
  });
});
