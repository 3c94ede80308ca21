import { ParleyUnderTest, startParley } from './support/parley-under-test';
import { TRACK, breakOffRound3, concludeRound2, scheduleRound2, startRound2 } from './support/istanbul';
import { readTopic } from './support/topic-reader';

const rounds = `/api/v1/negotiations/${TRACK}/rounds`;

describe('negotiation tracks over HTTP, PostgreSQL and Kafka', () => {
  let parley: ParleyUnderTest;

  beforeAll(async () => {
    parley = await startParley();
  });
  afterAll(() => parley.stop());

  describe('given the second Istanbul round scheduled, started two hours late and concluded an hour later', () => {
    const answers: { id: string; position: number; streamVersion: number; eventIds: string[] }[] = [];

    beforeAll(async () => {
      for (const [path, body] of [
        [rounds, scheduleRound2],
        [`${rounds}/2/start`, startRound2],
        [`${rounds}/2/conclude`, concludeRound2],
      ] as const) {
        const res = await parley.post(path, body).expect(201);
        answers.push(res.body);
      }
    });

    it('answers each write with the stream, its version, the log position and the event ids', () => {
      expect(answers.map((a) => a.streamVersion)).toEqual([1, 2, 3]);
      expect(answers.map((a) => a.position)).toEqual([1, 2, 3]);
      for (const a of answers) expect(a).toMatchObject({ streamId: `negotiation-track-${TRACK}`, eventIds: [expect.any(String)] });
    });

    it('stores each command as one event with its world time, knowledge time and provenance', async () => {
      const { rows } = await parley.db.query(
        `SELECT type, stream_version, occurred_at, recorded_at, metadata FROM events ORDER BY position`,
      );
      expect(rows.map((r) => r.type)).toEqual(['TalksScheduled', 'TalksStarted', 'TalksConcluded']);
      expect(rows[1].occurred_at.toISOString()).toBe('2025-06-02T09:00:00.000Z');
      expect(rows[1].recorded_at.getTime()).toBeGreaterThan(Date.parse('2026-01-01'));
      expect(rows[0].metadata).toMatchObject({
        source: { publisher: 'Al-Ahram Weekly' },
        writtenBy: expect.stringMatching(/^env:[0-9a-f]{12}$/),
        correlationId: expect.any(String),
      });
      expect(JSON.stringify(rows)).not.toContain('test-writer-key');
    });

    it('publishes every event on Kafka keyed by its stream, in stream order', async () => {
      const messages = await readTopic(parley.resources.topic, 3);
      expect(messages.map((m) => m.key)).toEqual(Array(3).fill(`negotiation-track-${TRACK}`));
      expect(messages.map((m) => m.value.type)).toEqual(['TalksScheduled', 'TalksStarted', 'TalksConcluded']);
      expect(messages[2].value).toMatchObject({
        eventId: answers[2].eventIds[0],
        schemaVersion: 2,
        streamVersion: 3,
        position: 3,
        occurredAt: '2025-06-02T10:00:00.000Z',
        recordedAt: expect.any(String),
        data: { trackId: TRACK, round: 2 },
        metadata: expect.objectContaining({ source: expect.any(Object) }),
      });
    });

    it('serves the track concluded, two hours late and an hour long, with its outcomes', async () => {
      const res = await parley.http().get(`/api/v1/negotiations/${TRACK}?minPosition=3`).expect(200);
      expect(res.body).toMatchObject({
        trackId: TRACK,
        parties: ['RUS', 'UKR'],
        mediators: ['TUR'],
        status: 'concluded',
        roundsHeld: 1,
        nextRound: null,
        position: 3,
        lastRound: {
          round: 2,
          city: 'Istanbul',
          venue: 'Ciragan Palace',
          delayMinutes: 120,
          durationMinutes: 60,
          outcomes: [{ kind: 'prisoner_exchange_agreed' }, { kind: 'further_talks_agreed' }],
        },
      });
      const list = await parley.http().get('/api/v1/negotiations').expect(200);
      expect(list.body.tracks.map((t: { trackId: string }) => t.trackId)).toEqual([TRACK]);
    });

    it('takes a second report of the round from another publisher as its source, and calls the round confirmed', async () => {
      const before = await parley.eventCount();
      const res = await parley.post(rounds, { ...scheduleRound2, source: { publisher: 'Reuters' } }).expect(201);
      expect(res.body).toMatchObject({ sourceAttached: true, id: answers[0].id });
      expect(await parley.eventCount()).toBe(before + 1);
      const development = await parley.http().get(`/api/v1/developments/${res.body.id}?minPosition=${res.body.position}`).expect(200);
      expect(development.body).toMatchObject({ kind: 'talks', confirmed: true, sources: [{ publisher: 'Al-Ahram Weekly' }, { publisher: 'Reuters' }] });
    });

    it('shows a third round, once scheduled, as the next round and the track as scheduled', async () => {
      const { body } = await parley.post(rounds, { ...scheduleRound2, round: undefined, scheduledStart: '2025-07-23T16:00:00Z', announcedAt: '2025-07-21T09:00:00Z' }).expect(201);
      const res = await parley.http().get(`/api/v1/negotiations/${TRACK}?minPosition=${body.position}`).expect(200);
      expect(res.body).toMatchObject({ status: 'scheduled', nextRound: { round: 3, scheduledStart: '2025-07-23T16:00:00.000Z' }, lastRound: { round: 2 } });
    });

    it('shows the third round postponed to its new start, then cancelled, each stored and published', async () => {
      const postpone = await parley.post(`${rounds}/3/postpone`, { scheduledStart: '2025-07-24T16:00:00Z', reason: 'delegations not ready', announcedAt: '2025-07-22T09:00:00Z' }).expect(201);
      const postponed = await parley.http().get(`/api/v1/negotiations/${TRACK}?minPosition=${postpone.body.position}`).expect(200);
      expect(postponed.body).toMatchObject({ status: 'postponed', nextRound: { round: 3, status: 'postponed', scheduledStart: '2025-07-24T16:00:00.000Z' } });
      const cancel = await parley.post(`${rounds}/3/cancel`, { reason: 'called off', announcedAt: '2025-07-23T09:00:00Z' }).expect(201);
      const cancelled = await parley.http().get(`/api/v1/negotiations/${TRACK}?minPosition=${cancel.body.position}`).expect(200);
      expect(cancelled.body).toMatchObject({ status: 'cancelled', nextRound: null, lastRound: { round: 2 } });
      const { rows } = await parley.db.query(`SELECT type FROM events WHERE position IN ($1, $2) ORDER BY position`, [postpone.body.position, cancel.body.position]);
      expect(rows.map((r) => r.type)).toEqual(['TalksPostponed', 'TalksCancelled']);
      const messages = await readTopic(parley.resources.topic, cancel.body.position);
      expect(messages.map((m) => m.value.type)).toEqual(expect.arrayContaining(['TalksPostponed', 'TalksCancelled']));
    });

    it('lists every round with its first schedule, its postponement and why it was called off, and as it stood before', async () => {
      const now = await parley.http().get(`${rounds}?minPosition=${await parley.eventCount()}`).expect(200);
      expect(now.body).toMatchObject({
        trackId: TRACK,
        names: { RUS: 'Russian Federation', UKR: 'Ukraine', TUR: 'Türkiye' },
        rounds: [
          { round: 2, status: 'concluded', originalScheduledStart: '2025-06-02T07:00:00.000Z', postponements: [], delayMinutes: 120, durationMinutes: 60 },
          {
            round: 3,
            status: 'cancelled',
            scheduledStart: '2025-07-24T16:00:00.000Z',
            originalScheduledStart: '2025-07-23T16:00:00.000Z',
            postponements: [{ from: '2025-07-23T16:00:00.000Z', to: '2025-07-24T16:00:00.000Z', reason: 'delegations not ready', announcedAt: '2025-07-22T09:00:00.000Z' }],
            reason: 'called off',
            cancelledAt: '2025-07-23T09:00:00.000Z',
          },
        ],
      });
      const before = await parley.http().get(`${rounds}?asOf=2025-07-22T12:00:00Z`).expect(200);
      expect(before.body.rounds[1]).toMatchObject({ round: 3, status: 'postponed', reason: null, cancelledAt: null, postponements: [{ reason: 'delegations not ready' }] });
      const { rows } = await parley.db.query(`SELECT recorded_at FROM events WHERE type = 'TalksCancelled'`);
      const knownAt = new Date(rows[0].recorded_at.getTime() - 1).toISOString();
      const known = await parley.http().get(`${rounds}?knownAt=${knownAt}`).expect(200);
      expect(known.body.rounds[1]).toMatchObject({ round: 3, status: 'postponed', cancelledAt: null });
      const unknown = await parley.http().get('/api/v1/negotiations/nowhere/rounds').expect(404);
      expect(unknown.headers['content-type']).toMatch(/problem\+json/);
    });

    it('takes a report of round 2 without its number as round 2, never as a new round', async () => {
      const { round: _, ...unnumbered } = scheduleRound2;
      const res = await parley.post(rounds, { ...unnumbered, scheduledStart: '2025-06-02T07:30:00Z', source: { publisher: 'Associated Press' } }).expect(201);
      expect(res.body).toMatchObject({ sourceAttached: true, id: answers[0].id });
      const listed = await parley.http().get(`${rounds}?minPosition=${res.body.position}`).expect(200);
      expect(listed.body.rounds.map((r: { round: number }) => r.round)).toEqual([2, 3]);
    });
  });

  describe('given a round that collapsed mid-session', () => {
    const track = '/api/v1/negotiations/russia-ukraine-collapse/rounds';

    beforeAll(async () => {
      await parley.post(track, { ...scheduleRound2, round: 3, scheduledStart: '2025-07-24T12:00:00Z', announcedAt: '2025-07-20T09:00:00Z' }).expect(201);
      await parley.post(`${track}/3/start`, { startedAt: '2025-07-24T16:00:00Z' }).expect(201);
    });

    it('breaks it off: stored as TalksBrokenOff, the round broken_off, the track broken_down, the round coded 164', async () => {
      const res = await parley.post(`${track}/3/break-off`, breakOffRound3).expect(201);
      const { rows } = await parley.db.query(`SELECT type, occurred_at FROM events WHERE position = $1`, [res.body.position]);
      expect(rows[0].type).toBe('TalksBrokenOff');
      expect(rows[0].occurred_at.toISOString()).toBe('2025-07-24T17:30:00.000Z');
      const status = await parley.http().get(`/api/v1/negotiations/russia-ukraine-collapse?minPosition=${res.body.position}`).expect(200);
      expect(status.body).toMatchObject({ status: 'broken_off', phase: 'broken_down', lastRound: { round: 3, endedAt: '2025-07-24T17:30:00.000Z', durationMinutes: 90 } });
      const listed = await parley.http().get(`${track}?minPosition=${res.body.position}`).expect(200);
      expect(listed.body.rounds[0]).toMatchObject({ status: 'broken_off', reason: 'a delegation walked out', delayMinutes: 240 });
      const round = await parley.http().get(`/api/v1/developments/${res.body.id}?minPosition=${res.body.position}`).expect(200);
      expect(round.body).toMatchObject({ kind: 'talks', cameo: { code: '164', goldstein: -7 }, details: { status: 'broken_off', reason: 'a delegation walked out' } });
      const before = await parley.http().get('/api/v1/negotiations/russia-ukraine-collapse?asOf=2025-07-24T17:00:00Z').expect(200);
      expect(before.body).toMatchObject({ status: 'in_session', phase: 'active' });
    });
  });

  it('schedules a round by telephone with no city, and shows it as a call', async () => {
    const track = '/api/v1/negotiations/armenia-azerbaijan-calls/rounds';
    const res = await parley.post(track, { parties: ['ARM', 'AZE'], format: 'call', scheduledStart: '2025-03-13T10:00:00Z', announcedAt: '2025-03-12T10:00:00Z' }).expect(201);
    const listed = await parley.http().get(`${track}?minPosition=${res.body.position}`).expect(200);
    expect(listed.body.rounds).toEqual([expect.objectContaining({ round: 1, format: 'call', city: null, status: 'scheduled' })]);
  });

  // Refusals, idempotency and concurrency of writes are specified without PostgreSQL or Kafka:
  // apps/api/src/negotiations/negotiations.api.spec.ts.
  it('answers 404 for an unknown track', async () => {
    const res = await parley.http().get('/api/v1/negotiations/nowhere').expect(404);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });
});
