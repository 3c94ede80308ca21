import { AddressInfo, Server, Socket, createServer, connect } from 'node:net';
import { trumpOnTruthSocial } from '../support/istanbul';
import { ParleyUnderTest, WRITER_KEY, startParley } from '../support/parley-under-test';

/**
 * A TCP proxy between the client and the API that, while `cutAnswers` is set, closes both connections
 * the moment the API starts answering: the write is committed (an answer is only sent after the
 * commit) and the client never learns its result.
 */
async function answerCuttingProxy(upstreamPort: number): Promise<{ port: number; cutAnswers: boolean; cut: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const proxy = {
    port: 0,
    cutAnswers: true,
    cut: 0,
    close: () => new Promise<void>((done) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => done());
    }),
  };
  const server: Server = createServer((client) => {
    const upstream = connect(upstreamPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(upstream);
    upstream.on('data', (chunk: Buffer) => {
      if (proxy.cutAnswers) {
        proxy.cut++;
        client.destroy();
        upstream.destroy();
      } else {
        client.write(chunk);
      }
    });
    upstream.on('end', () => client.end());
    client.on('close', () => upstream.destroy());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  proxy.port = (server.address() as AddressInfo).port;
  return proxy;
}

describe('a write whose answer is lost after its commit', () => {
  let parley: ParleyUnderTest;
  let proxy: Awaited<ReturnType<typeof answerCuttingProxy>>;

  beforeAll(async () => {
    parley = await startParley();
    await parley.app.listen(0, '127.0.0.1');
    proxy = await answerCuttingProxy(Number(new URL(await parley.app.getUrl()).port));
  });
  afterAll(async () => {
    await proxy?.close();
    await parley?.stop();
  });

  it('given the connection dropped between the commit and the answer, when the client retries with the same Idempotency-Key, then it gets the original answer and nothing is stored twice', async () => {
    const write = () =>
      fetch(`http://127.0.0.1:${proxy.port}/api/v1/statements`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-API-Key': WRITER_KEY, 'Idempotency-Key': 'answer-lost-1' },
        body: JSON.stringify({ ...trumpOnTruthSocial, quote: 'a statement whose first answer never arrives' }),
      });

    // given a write whose answer the client never receives
    const lost = await write().then(
      (response) => `answered ${response.status}`,
      (error: { cause?: { code?: string } }) => error.cause?.code ?? 'failed',
    );
    expect({ lost, cut: proxy.cut }).toEqual({ lost: expect.not.stringMatching(/^answered/), cut: 1 });
    const stored = await parley.db.query(`SELECT event_id, position FROM events`);
    expect(stored.rows).toHaveLength(1);

    // when the client retries with the same key, the answers getting through
    proxy.cutAnswers = false;
    const retry = await write();

    // then the retry answers the original result, marked as a repeat, and nothing more is stored
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await retry.json()).toMatchObject({ position: Number(stored.rows[0].position), eventIds: [stored.rows[0].event_id] });
    expect(await parley.eventCount()).toBe(1);
  });
});
