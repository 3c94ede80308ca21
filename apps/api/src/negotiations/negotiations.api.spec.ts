import { apiSpecification, expectNewEvents, expectNoNewEvents, expectProblem, expectResponse, posted } from '../../test/api-specification';
import { TRACK, breakOffRound3, cancelRound3, concludeRound2, postponeRound3, scheduleRound2, startRound2 } from '../openapi/istanbul-examples';

const rounds = `/api/v1/negotiations/${TRACK}/rounds`;

/** The same JSON with every object's keys in reverse order, as another client might send it. */
const reversedKeys = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(reversedKeys)
    : value !== null && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)]))
      : value;

/** The second Istanbul round scheduled, started and concluded; a third scheduled, postponed and called off. */
const istanbul = [
  posted(rounds, scheduleRound2),
  posted(`${rounds}/2/start`, startRound2),
  posted(`${rounds}/2/conclude`, concludeRound2),
  posted(rounds, { ...scheduleRound2, round: 3, scheduledStart: '2025-07-23T16:00:00Z', announcedAt: '2025-07-21T09:00:00Z' }),
  posted(`${rounds}/3/postpone`, postponeRound3),
  posted(`${rounds}/3/cancel`, cancelRound3),
];

describe('negotiation tracks: the write API', () => {
  const given = apiSpecification();

  describe('refusals store nothing', () => {
    const refusals: [string, string, unknown, number, RegExp][] = [
      ['malformed JSON', `${rounds}`, '{"round":', 400, /JSON/],
      ['a missing field', rounds, { ...scheduleRound2, city: undefined, round: 9 }, 400, /city/],
      ['a wrong-typed field', rounds, { ...scheduleRound2, round: 'two' }, 400, /round/],
      ['an unknown enum value', `${rounds}/2/conclude`, { ...concludeRound2, outcomes: [{ kind: 'truce', summary: 'x' }] }, 400, /outcomes\[0\]\.kind/],
      ['an unknown field', rounds, { ...scheduleRound2, round: 9, colour: 'red' }, 400, /colour/],
      ['a date without a time zone', `${rounds}/1/start`, { startedAt: '2025-06-02 09:00' }, 400, /startedAt/],
      ['starting a round never scheduled', `${rounds}/7/start`, startRound2, 409, /round 7 of track russia-ukraine was never scheduled/],
      ['scheduling a round number twice', rounds, { ...scheduleRound2, scheduledStart: '2025-06-09T07:00:00Z' }, 409, /round 2 of track russia-ukraine is already scheduled/],
      ['the same report of a round twice', rounds, scheduleRound2, 409, /already cites Al-Ahram Weekly/],
      ['concluding a round that never started (it was cancelled)', `${rounds}/3/conclude`, concludeRound2, 409, /round 3 of track russia-ukraine was cancelled, so it cannot be concluded/],
      ['changing the parties of a track', rounds, { ...scheduleRound2, round: 8, parties: ['RUS', 'USA'] }, 409, /must keep its parties/],
      ['a round in person with no city', rounds, { ...scheduleRound2, round: 9, city: undefined, format: 'in_person' }, 400, /"field":"city"/],
      ['an announcement after the start', rounds, { ...scheduleRound2, round: 9, announcedAt: '2025-06-02T08:00:00Z' }, 400, /"field":"announcedAt".*must not be after the scheduled start/],
      ['a person as a party', '/api/v1/negotiations/usa-russia/rounds', { ...scheduleRound2, round: 1, parties: ['TRUMP', 'RUS'] }, 400, /"field":"parties".*TRUMP is a person/],
      ['a party envoy as mediator', '/api/v1/negotiations/usa-russia/rounds', { ...scheduleRound2, round: 1, parties: ['USA', 'RUS'], mediators: ['WITKOFF'] }, 400, /"field":"mediators".*WITKOFF acts for USA/],
      ['a party as its own mediator', rounds, { ...scheduleRound2, round: 9, mediators: ['UKR'] }, 400, /"field":"mediators"/],
      ['breaking off a round that never started', `${rounds}/3/break-off`, breakOffRound3, 409, /round 3 of track russia-ukraine was cancelled, so it cannot be broken off/],
      ['breaking off with no reason', `${rounds}/2/break-off`, { endedAt: '2025-06-02T10:00:00Z' }, 400, /reason/],
    ];

    it.each(refusals)('refuses %s with a problem naming it', (_name, path, body, status, pattern) =>
      given(...istanbul)
        .when((api) => api.post(path, body).set('Content-Type', 'application/json'))
        .then(
          expectProblem(status),
          (res) => {
            expect(res.body).toMatchObject({ status, title: expect.any(String), type: expect.any(String) });
            expect(JSON.stringify(res.body)).toMatch(pattern);
            if (status === 400) expect(res.body.errors.length).toBeGreaterThan(0);
          },
          expectNoNewEvents(),
        ));

    it('refuses a postponement to an earlier start with 409', () =>
      given(...istanbul.slice(0, 4))
        .when((api) => api.post(`${rounds}/3/postpone`, { ...postponeRound3, scheduledStart: '2025-07-23T11:00:00Z' }))
        .then(expectProblem(409), (res) => expect(res.body.detail).toMatch(/is scheduled for 2025-07-23T16:00:00.000Z; a postponement must move it later/), expectNoNewEvents()));

    it('refuses a postponement announced after its new start with 400 naming announcedAt', () =>
      given(...istanbul.slice(0, 4))
        .when((api) => api.post(`${rounds}/3/postpone`, { ...postponeRound3, announcedAt: '2025-07-25T09:00:00Z' }))
        .then(expectProblem(400, [{ field: 'announcedAt', message: expect.stringMatching(/must not be after the scheduled start/) }]), expectNoNewEvents()));

    it('refuses an end before the start with 400 naming endedAt', () =>
      given(...istanbul.slice(0, 2))
        .when((api) => api.post(`${rounds}/2/conclude`, { ...concludeRound2, endedAt: '2025-06-02T08:00:00Z' }))
        .then(expectProblem(400, [{ field: 'endedAt', message: expect.stringMatching(/before the round started/) }]), expectNoNewEvents()));

    it('refuses concluding a round that never started (it is only scheduled) with 409 naming the rule', () =>
      given(istanbul[0])
        .when((api) => api.post(`${rounds}/2/conclude`, concludeRound2))
        .then(expectProblem(409), (res) => expect(res.body.detail).toMatch(/round 2 of track russia-ukraine is scheduled, so it cannot be concluded/), expectNoNewEvents()));

    it('refuses to conclude or break off again a round that broke off', () =>
      given(...istanbul.slice(0, 2), posted(`${rounds}/2/break-off`, { ...breakOffRound3, endedAt: '2025-06-02T10:00:00Z' }))
        .when(async (api) => {
          const res = await api.post(`${rounds}/2/conclude`, { ...concludeRound2, endedAt: '2025-06-02T11:00:00Z' });
          expect(res.body.detail).toMatch(/round 2 of track russia-ukraine broke off, so it cannot be concluded/);
          return api.post(`${rounds}/2/break-off`, { ...breakOffRound3, endedAt: '2025-06-02T11:00:00Z' });
        })
        .then(expectProblem(409), expectNoNewEvents()));

    it('refuses writes without a known key with 401, before looking at the body', () =>
      given()
        .when(async (api) => {
          const none = await api.http().post(rounds).send({ ...scheduleRound2, round: 20 });
          expect({ status: none.status, type: none.headers['content-type'] }).toEqual({ status: 401, type: expect.stringMatching(/problem\+json/) });
          return api.http().post(rounds).set('X-API-Key', 'nope').send({});
        })
        .then(expectProblem(401), (res) => expect(res.body.detail).toMatch(/not known/), expectNoNewEvents()));
  });

  describe('concurrency and retries', () => {
    const track = '/api/v1/negotiations/armenia-azerbaijan/rounds';
    const round = (n: number, more: object = {}) => ({ ...scheduleRound2, round: n, parties: ['ARM', 'AZE'], mediators: [], ...more });

    it('gives one 201 and one 409 to two writes with the same expectedVersion', () =>
      given(posted(track, round(1)))
        .when(async (api) => {
          const [a, b] = await Promise.all([2, 3].map((n) => api.post(track, round(n, { expectedVersion: 1 }))));
          expect([a.status, b.status].sort()).toEqual([201, 409]);
          return [a, b].find((r) => r.status === 409)!;
        })
        .then(expectProblem(409), (res) => expect(res.body.detail).toMatch(/is at version 2, not the expected 1/), expectNewEvents('TalksScheduled')));

    it('applies concurrent writes without expectedVersion one after another, with consecutive versions', () =>
      given(posted(track, round(1)))
        .when(async (api) => {
          const answers = await Promise.all([10, 11, 12, 13, 14].map((n) => api.post(track, round(n))));
          expect(answers.map((r) => r.status)).toEqual(Array(5).fill(201));
          expect(answers.map((r) => r.body.streamVersion).sort()).toEqual([2, 3, 4, 5, 6]);
          return answers[0];
        })
        .then(expectNewEvents(...Array<'TalksScheduled'>(5).fill('TalksScheduled'))));

    it('answers a repeated Idempotency-Key with the first answer, marked Idempotent-Replayed, and stores nothing more', () =>
      given()
        .when(async (api) => {
          const first = await api.post(track, round(30), { 'Idempotency-Key': 'round-30' });
          expect({ status: first.status, replayed: first.headers['idempotent-replayed'] }).toEqual({ status: 201, replayed: undefined });
          const again = await api.post(track, round(30), { 'Idempotency-Key': 'round-30' });
          expect({ status: again.status, body: again.body, replayed: again.headers['idempotent-replayed'] }).toEqual({ status: 201, body: first.body, replayed: 'true' });
          return api.post(track, round(31), { 'Idempotency-Key': 'round-30' });
        })
        .then(expectProblem(409), (res) => expect(res.body.detail).toMatch(/already used for a different request/), expectNewEvents('TalksScheduled')));

    it('answers a repeat whose body orders its keys differently with the first answer, storing nothing more', () =>
      given(posted(track, round(1)))
        .when(async (api) => {
          const first = await api.post(track, round(35), { 'Idempotency-Key': 'round-35' });
          const again = await api.post(track, reversedKeys(round(35)), { 'Idempotency-Key': 'round-35' });
          expect(again.body).toEqual(first.body);
          return again;
        })
        .then(expectResponse(201), expectNewEvents('TalksScheduled')));

    it('answers concurrent repeats of one Idempotency-Key once, the others marked as replayed', () =>
      given()
        .when(async (api) => {
          const answers = await Promise.all([1, 2, 3].map(() => api.post(track, round(40), { 'Idempotency-Key': 'round-40' })));
          expect(answers.map((r) => r.status)).toEqual([201, 201, 201]);
          expect(new Set(answers.map((r) => r.body.position)).size).toBe(1);
          expect(answers.map((r) => r.headers['idempotent-replayed']).sort()).toEqual(['true', 'true', undefined]);
          return answers[0];
        })
        .then(expectNewEvents('TalksScheduled')));
  });
});
