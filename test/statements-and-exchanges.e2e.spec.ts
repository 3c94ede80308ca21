import { ParleyUnderTest, startParley } from './support/parley-under-test';
import { TRACK, exchangeOf24May, peskovOnMeeting, scheduleRound2, trumpOnTruthSocial } from './support/istanbul';
import { readTopic } from './support/topic-reader';

describe('statements and prisoner exchanges', () => {
  let parley: ParleyUnderTest;
  let lastPosition = 0;
  const write = async (path: string, body: unknown) => {
    const res = await parley.post(path, body).expect(201);
    lastPosition = res.body.position;
    return res.body;
  };

  beforeAll(async () => {
    parley = await startParley();
    await write(`/api/v1/negotiations/${TRACK}/rounds`, scheduleRound2);
    await write('/api/v1/prisoner-exchanges', exchangeOf24May);
    await write('/api/v1/statements', trumpOnTruthSocial);
    await write('/api/v1/statements', peskovOnMeeting);
  });
  afterAll(() => parley.stop());

  describe('given the exchange of 24 May, 307 for 307', () => {
    it('lists it with totals per side', async () => {
      const res = await parley.http().get(`/api/v1/prisoner-exchanges?trackId=${TRACK}&minPosition=${lastPosition}`).expect(200);
      expect(res.body.totals).toEqual({ count: 1, returned: { RUS: 307, UKR: 307 } });
      expect(res.body.exchanges[0]).toMatchObject({ occurredAt: '2025-05-24T12:00:00.000Z', category: 'pow', sources: [{ publisher: 'Al-Ahram Weekly' }], confirmed: false });
    });

    it('counts it on the negotiation track it belongs to', async () => {
      const res = await parley.http().get(`/api/v1/negotiations/${TRACK}?minPosition=${lastPosition}`).expect(200);
      expect(res.body.prisonerExchanges).toEqual({ count: 1, returned: { RUS: 307, UKR: 307 } });
    });

    it('keeps counts that differ between the sides', async () => {
      await write('/api/v1/prisoner-exchanges', { ...exchangeOf24May, occurredAt: '2025-06-10T12:00:00Z', returned: [{ to: 'RUS', count: 390 }, { to: 'UKR', count: 380 }], trackId: 'other-track' });
      const res = await parley.http().get(`/api/v1/prisoner-exchanges?trackId=other-track&minPosition=${lastPosition}`).expect(200);
      expect(res.body.totals.returned).toEqual({ RUS: 390, UKR: 380 });
    });

  });

  describe('given Trump on Truth Social and Peskov on a meeting', () => {
    it('lists statements newest first', async () => {
      const res = await parley.http().get(`/api/v1/statements?minPosition=${lastPosition}`).expect(200);
      expect(res.body.statements.map((s: { speaker: string }) => s.speaker)).toEqual(['Dmitry Peskov', 'Donald Trump']);
    });

    it('filters by actor, target and time', async () => {
      const byActor = await parley.http().get('/api/v1/statements?actor=USA').expect(200);
      expect(byActor.body.statements).toEqual([expect.objectContaining({ stance: 'hostile', channel: 'Truth Social' })]);
      const byTarget = await parley.http().get('/api/v1/statements?target=UKR').expect(200);
      expect(byTarget.body.statements.map((s: { actor: string }) => s.actor)).toEqual(['RUS']);
      const inWindow = await parley.http().get('/api/v1/statements?from=2025-05-28T00:00:00Z&to=2025-05-31T00:00:00Z').expect(200);
      expect(inWindow.body.statements.map((s: { actor: string }) => s.actor)).toEqual(['RUS']);
    });

  });

  it('serves the event log in position order with a cursor', async () => {
    const first = await parley.http().get('/api/v1/events?limit=2').expect(200);
    expect(first.body.events.map((e: { position: number }) => e.position)).toEqual([1, 2]);
    expect(first.body.nextAfter).toBe(2);
    const next = await parley.http().get(`/api/v1/events?after=${first.body.nextAfter}&limit=2`).expect(200);
    expect(next.body.events.map((e: { type: string }) => e.type)).toEqual(['StatementRecorded', 'StatementRecorded']);
  });

  it('publishes statements and exchanges keyed by their own streams', async () => {
    const { rows } = await parley.db.query(`SELECT stream_id FROM events ORDER BY position`);
    const messages = await readTopic(parley.resources.topic, rows.length);
    expect(messages.map((m) => m.key).sort()).toEqual(rows.map((r) => r.stream_id).sort());
    expect(rows.filter((r) => r.stream_id.startsWith('statement-'))).toHaveLength(2);
    expect(rows.filter((r) => r.stream_id.startsWith('prisoner-exchange-'))).toHaveLength(2);
  });

  it('accepts minPosition on the event log too, answering once the read models have applied it', async () => {
    const res = await parley.http().get(`/api/v1/events?after=${lastPosition - 1}&minPosition=${lastPosition}`).expect(200);
    expect(res.body.events.map((e: { position: number }) => e.position)).toEqual([lastPosition]);
  });

  it.each(['/api/v1/statements', '/api/v1/events'])('refuses %s a minPosition beyond the log at once, rather than holding a connection for it', async (query) => {
    const res = await parley.http().get(`${query}?minPosition=999999`).expect(400);
    expect(res.body.errors).toEqual([{ field: 'minPosition', message: expect.stringMatching(/beyond the log's head/) }]);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });

  it('lists exchanges newest first by the day they happened, whatever order they were recorded in', async () => {
    const trackId = 'exchange-order';
    for (const day of ['2025-03-05', '2025-04-19', '2025-02-05']) {
      await write('/api/v1/prisoner-exchanges', { ...exchangeOf24May, trackId, occurredAt: `${day}T12:00:00Z` });
    }
    const res = await parley.http().get(`/api/v1/prisoner-exchanges?trackId=${trackId}&minPosition=${lastPosition}`).expect(200);
    expect(res.body.exchanges.map((x: { occurredAt: string }) => x.occurredAt.slice(0, 10))).toEqual(['2025-04-19', '2025-03-05', '2025-02-05']);
  });
});
