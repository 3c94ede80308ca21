import { ParleyUnderTest, startParley } from './support/parley-under-test';
import { readSse } from './support/sse';
import { TRACK, concludeRound2, exchangeOf24May, scheduleRound2, startRound2, trumpOnTruthSocial } from './support/istanbul';

describe('the event log as a stream', () => {
  let parley: ParleyUnderTest;
  let base: string;

  beforeAll(async () => {
    parley = await startParley();
    for (const [path, body] of [
      [`/api/v1/negotiations/${TRACK}/rounds`, scheduleRound2],
      [`/api/v1/negotiations/${TRACK}/rounds/2/start`, startRound2],
      [`/api/v1/negotiations/${TRACK}/rounds/2/conclude`, concludeRound2],
      ['/api/v1/prisoner-exchanges', exchangeOf24May],
      ['/api/v1/statements', trumpOnTruthSocial],
    ] as const) {
      await parley.post(path, body).expect(201);
    }
    await parley.app.listen(0, '127.0.0.1');
    base = await parley.app.getUrl();
  });
  afterAll(() => parley.stop());

  const ndjson = async (query: string) => {
    const res = await parley.http().get(`/api/v1/events${query}`).set('Accept', 'application/x-ndjson').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
    return res.text.split('\n').filter(Boolean).map((line) => JSON.parse(line));
  };

  it('streams the whole log as NDJSON, one event per line in position order', async () => {
    const events = await ndjson('');
    expect(events.map((e) => e.position)).toEqual([1, 2, 3, 4, 5]);
    expect(events[4]).toMatchObject({ type: 'StatementRecorded', schemaVersion: 2, data: { actor: 'USA' } });
  });

  it('filters the stream by position, stream, type, actor and time', async () => {
    expect((await ndjson('?after=3')).map((e) => e.position)).toEqual([4, 5]);
    expect((await ndjson('?after=0&limit=2')).map((e) => e.position)).toEqual([1, 2]);
    expect(await ndjson(`?stream=negotiation-track-${TRACK}`)).toHaveLength(3);
    expect((await ndjson('?type=TalksStarted')).map((e) => e.data.startedAt)).toEqual(['2025-06-02T09:00:00.000Z']);
    expect((await ndjson('?actor=USA')).map((e) => e.type)).toEqual(['StatementRecorded']);
    // The mediator follows its track's whole lifecycle, not only the event that names it.
    expect((await ndjson('?actor=TUR')).map((e) => e.type)).toEqual(['TalksScheduled', 'TalksStarted', 'TalksConcluded']);
    expect((await ndjson('?from=2025-06-01T00:00:00Z&to=2025-06-02T09:30:00Z')).map((e) => e.type)).toEqual(['TalksStarted']);
    const page = await parley.http().get('/api/v1/events?type=TalksConcluded').expect(200);
    expect(page.body.events.map((e: { position: number }) => e.position)).toEqual([3]);
  });

  it('refuses an unknown event type, naming the field', async () => {
    const res = await parley.http().get('/api/v1/events?type=Nope').set('Accept', 'application/x-ndjson').expect(400);
    expect(res.body.errors).toEqual([{ field: 'type', message: expect.any(String) }]);
  });

  it('feeds new events as Server-Sent Events, resuming after Last-Event-ID', async () => {
    const abort = new AbortController();
    const res = await fetch(`${base}/api/v1/events/live`, { headers: { 'Last-Event-ID': '3' }, signal: abort.signal });
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    let posted = false;
    const frames = await readSse(res.body!, 3, async () => {
      if (posted) return;
      posted = true;
      await parley.post('/api/v1/statements', { ...trumpOnTruthSocial, madeAt: '2025-06-03T00:00:00Z' }).expect(201);
    });
    abort.abort();
    expect(frames.map((f) => f.id)).toEqual(['4', '5', '6']);
    expect(frames.map((f) => f.event)).toEqual(['PrisonerExchangeRecorded', 'StatementRecorded', 'StatementRecorded']);
    expect(frames[2].data).toMatchObject({ position: 6, data: { madeAt: '2025-06-03T00:00:00.000Z' } });
  });

  it('feeds only the events that pass its filters', async () => {
    const abort = new AbortController();
    const res = await fetch(`${base}/api/v1/events/live?after=0&type=TalksConcluded`, { signal: abort.signal });
    const frames = await readSse(res.body!, 1);
    abort.abort();
    expect(frames.map((f) => f.id)).toEqual(['3']);
  });

  it('refuses a Last-Event-ID that is not a position', async () => {
    const res = await fetch(`${base}/api/v1/events/live`, { headers: { 'Last-Event-ID': 'abc' } });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ field: 'Last-Event-ID' }] });
  });
});
