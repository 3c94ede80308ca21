import { scheduleRound2 } from '../support/istanbul';
import { ParleyUnderTest, startParley } from '../support/parley-under-test';

const COMMANDS = 200;
const track = '/api/v1/negotiations/russia-ukraine-concurrency/rounds';
const round = (n: number, extra: object = {}) => ({ ...scheduleRound2, round: n, ...extra });

describe(`${COMMANDS} concurrent commands on one negotiation track`, () => {
  let parley: ParleyUnderTest;
  const send = (body: object) => parley.app.getHttpAdapter().getInstance().inject({
    method: 'POST',
    url: track,
    headers: { 'x-api-key': 'test-writer-key', 'content-type': 'application/json' },
    payload: JSON.stringify(body),
  });

  beforeAll(async () => {
    parley = await startParley({ PARLEY_COMPONENTS: 'api' });
    await parley.post(track, round(1)).expect(201);
  });
  afterAll(() => parley.stop());

  it('given the same expectedVersion, lets exactly one succeed and answers the rest 409', async () => {
    const answers = await Promise.all(Array.from({ length: COMMANDS }, (_, i) => send(round(i + 2, { expectedVersion: 1 }))));
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(COMMANDS - 1);
    expect(answers.find((a) => a.statusCode === 409)!.json().type).toMatch(/version-conflict/);
    expect(await parley.eventCount()).toBe(2);
  });

  it('without expectedVersion, lets all succeed with consecutive stream versions', async () => {
    const answers = await Promise.all(Array.from({ length: COMMANDS }, (_, i) => send(round(i + 1_000))));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(COMMANDS).fill(201));
    const versions = answers.map((a) => a.json().streamVersion).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: COMMANDS }, (_, i) => i + 3));
    const { rows } = await parley.db.query(`SELECT stream_version FROM events WHERE stream_id = 'negotiation-track-russia-ukraine-concurrency' ORDER BY stream_version`);
    expect(rows.map((r) => r.stream_version)).toEqual(Array.from({ length: COMMANDS + 2 }, (_, i) => i + 1));
  });
});
