import { EventStore } from '@parley/event-store';
import { connect } from 'node:net';
import { ADMIN_KEY, ParleyUnderTest, WRITER_KEY, startParley } from './support/parley-under-test';
import { eventually } from './support/parley-process';
import { sample } from './support/prometheus';
import { trumpOnTruthSocial } from './support/istanbul';

const PER_CLIENT = 20;
const TOTAL = 22;
const BUFFER_BYTES = 16 * 1024;
/** At most: more than the kernel buffers on a loopback connection (a few MB). */
const BULKY_STATEMENTS = 700;

type Frame = Record<string, string>;

const framesOf = (text: string): Frame[] =>
  text
    .split('\n\n')
    .filter((block) => block.trim())
    .map((block) => Object.fromEntries(block.split('\n').map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()])));

/** A live feed read as it arrives. */
async function openFeed(base: string, headers: Record<string, string> = {}, query = '') {
  const abort = new AbortController();
  const response = await fetch(`${base}/api/v1/events/live${query}`, { headers, signal: abort.signal });
  let text = '';
  const reading = (async () => {
    if (response.status !== 200) return;
    const decoder = new TextDecoder();
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) text += decoder.decode(chunk, { stream: true });
    } catch {
      // aborted by close()
    }
  })();
  return {
    response,
    frames: () => framesOf(text),
    async close() {
      abort.abort();
      await reading;
    },
  };
}

describe('the live feed under load', () => {
  let parley: ParleyUnderTest;
  let base: string;
  const metric = async (name: string, labels: Record<string, string> = {}) => sample((await parley.http().get('/metrics')).text, name, labels) ?? 0;
  const statement = (quote: string) => parley.post('/api/v1/statements', { ...trumpOnTruthSocial, quote }).expect(201);

  beforeAll(async () => {
    parley = await startParley({
      LIVE_STREAMS_PER_CLIENT: String(PER_CLIENT),
      LIVE_STREAMS_TOTAL: String(TOTAL),
      LIVE_STREAM_BUFFER_BYTES: String(BUFFER_BYTES),
    });
    await parley.app.listen(0, '127.0.0.1');
    base = (await parley.app.getUrl()).replace('[::1]', '127.0.0.1');
  });
  afterAll(() => parley.stop());

  it('reads each new event once for all the feeds, not once per feed', async () => {
    const feeds = await Promise.all(Array.from({ length: PER_CLIENT }, () => openFeed(base)));
    await statement('the first statement every feed receives');
    await eventually('every feed to receive the first', async () => feeds.every((f) => f.frames().some((frame) => frame.event === 'StatementRecorded')));

    const reads = jest.spyOn(parley.app.get(EventStore), 'readAll');
    await statement('the second statement every feed receives');
    await eventually('every feed to receive the second', async () => feeds.every((f) => f.frames().filter((frame) => frame.event === 'StatementRecorded').length === 2));
    const readsForTheSecond = reads.mock.calls.length;
    reads.mockRestore();
    await Promise.all(feeds.map((f) => f.close()));
    await eventually('every feed to be closed', async () => (await metric('parley_live_feeds_open')) === 0);

    expect(readsForTheSecond).toBeLessThanOrEqual(2);
  });

  it('refuses feeds past a client’s share with 429 and past the total with 503, as problems with Retry-After', async () => {
    const anonymous = await Promise.all(Array.from({ length: PER_CLIENT }, () => openFeed(base)));
    expect(anonymous.map((f) => f.response.status)).toEqual(Array(PER_CLIENT).fill(200));

    const oneTooMany = await openFeed(base);
    expect(oneTooMany.response.status).toBe(429);
    expect(oneTooMany.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(Number(oneTooMany.response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await oneTooMany.response.json()).toMatchObject({ status: 429, detail: expect.stringContaining(`${PER_CLIENT} live feeds`) });

    // Another client (a key counts for itself, wherever it comes from) still gets its share, up to the total.
    const keyed = [await openFeed(base, { 'X-API-Key': WRITER_KEY }), await openFeed(base, { 'X-API-Key': ADMIN_KEY })];
    expect(keyed.map((f) => f.response.status)).toEqual([200, 200]);
    const full = await openFeed(base, { 'X-API-Key': WRITER_KEY });
    expect(full.response.status).toBe(503);
    expect(full.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(Number(full.response.headers.get('retry-after'))).toBeGreaterThan(0);

    // A feed closed frees its place.
    await anonymous[0].close();
    const again = await eventually('a place to free up', async () => {
      const feed = await openFeed(base);
      if (feed.response.status === 200) return feed;
      await feed.close();
      return null;
    });
    await Promise.all([...anonymous, ...keyed, again].map((f) => f.close()));
    await eventually('every feed to be closed', async () => (await metric('parley_live_feeds_open')) === 0);
  });

  it('drops a client that stops reading new events, ending with the id to resume from, and resumes it there with Last-Event-ID', async () => {
    const dropped = () => metric('parley_live_feeds_ended_total', { reason: 'dropped' });
    const openedAt = await parley.app.get(EventStore).headPosition();
    // A client that reads nothing of what it asked for (HTTP/1.0: no chunked framing to undo).
    const { port } = new URL(base);
    const socket = connect(Number(port), '127.0.0.1');
    socket.pause();
    socket.write('GET /api/v1/events/live HTTP/1.0\r\nHost: parley\r\n\r\n');
    await eventually('the feed to open', async () => (await metric('parley_live_feeds_open')) === 1);

    const padding = 'x'.repeat(8_000);
    for (let n = 0; n < BULKY_STATEMENTS && (await dropped()) === 0; n += 20) {
      await Promise.all(Array.from({ length: 20 }, (_, i) => statement(`bulky statement ${n + i} ${padding}`)));
    }
    await eventually('the server to drop the client', async () => (await dropped()) === 1);
    const head = await parley.app.get(EventStore).headPosition();

    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.resume();
    await new Promise((done) => socket.on('close', done));
    const frames = framesOf(received.slice(received.indexOf('\r\n\r\n') + 4)).filter((frame) => Object.keys(frame).some((field) => field !== ''));
    const events = frames.filter((frame) => frame.data !== undefined);
    const closing = frames[frames.length - 1];
    const resumeFrom = Number(closing.id);
    expect(events.length).toBeGreaterThan(0);
    expect(events.map((frame) => Number(frame.id))).toEqual(Array.from({ length: events.length }, (_, i) => openedAt + i + 1));
    expect(closing).toMatchObject({ id: events[events.length - 1].id, retry: expect.any(String) });
    expect(closing.data).toBeUndefined();
    expect(resumeFrom).toBeLessThan(head);

    const resumed = await openFeed(base, { 'Last-Event-ID': String(resumeFrom) });
    await eventually('the resumed feed to reach the head', async () => resumed.frames().some((frame) => Number(frame.id) === head && frame.data !== undefined), 120_000);
    await resumed.close();
    const resumedIds = resumed.frames().filter((frame) => frame.data !== undefined).map((frame) => Number(frame.id));
    expect(resumedIds).toEqual(Array.from({ length: head - resumeFrom }, (_, i) => resumeFrom + 1 + i));
  }, 180_000);
});
