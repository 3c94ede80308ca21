import { Client } from 'pg';
import { setTimeout as sleep } from 'node:timers/promises';
import { IsolatedResources, isolatedResources } from '../support/isolated-resources';
import { trumpOnTruthSocial } from '../support/istanbul';
import { OwnKafka, freePort, ownKafka } from '../support/own-kafka';
import { WRITER_KEY } from '../support/parley-under-test';
import { ParleyProcess, eventually, spawnParley } from '../support/parley-process';
import { appliedThrough, headPosition, outboxBacklog } from '../support/progress';
import { storedAndFoldedReadModels } from '../support/read-models-agree';
import { readWholeTopic } from '../support/topic-reader';

const WRITES = 10;
/** Beyond the process's own drain deadline, which would exit 1: only a hung process runs this long. */
const HUNG_AFTER_MS = 40_000;

describe('Kafka away when the service starts', () => {
  let kafka: OwnKafka;
  let resources: IsolatedResources;
  let db: Client;
  let api: ParleyProcess | undefined;

  beforeAll(async () => {
    kafka = await ownKafka();
    await kafka.stop();
    resources = await isolatedResources();
  });
  afterAll(async () => {
    api?.child.kill('SIGKILL');
    await db?.end();
    await resources?.remove();
    await kafka?.remove();
  });

  it('given no broker, when the service starts with every component, then it serves reads and takes writes, publishes and applies each once when the broker comes, and exits 0 on SIGTERM with the broker away again', async () => {
    // given no broker, when the service starts with the default components (api, relay, projector)
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    api = spawnParley('api', { ...resources.env, KAFKA_BROKERS: kafka.brokers, PORT: String(port), LOG_LEVEL: 'warn' });
    const started = await Promise.race([
      eventually('the API to answer', async () => (await fetch(`${base}/health/live`)).ok, 120_000),
      api.exited.then((how) => `exited with ${String(how)}`),
    ]);
    expect({ started, output: started === true ? '' : api.output().slice(-2_000) }).toEqual({ started: true, output: '' });
    db = new Client({ connectionString: resources.databaseUrl });
    await db.connect();

    // then it takes writes and serves reads, and readiness says the broker is away and what waits for it
    const post = (n: number) =>
      fetch(`${base}/api/v1/statements`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-API-Key': WRITER_KEY },
        body: JSON.stringify({ ...trumpOnTruthSocial, quote: `statement ${n} written with no broker` }),
      });
    for (let n = 0; n < WRITES; n++) expect((await post(n)).status).toBe(201);
    expect((await fetch(`${base}/api/v1/events?limit=100`)).status).toBe(200);
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ details: { kafka: { status: 'down', outboxBacklog: WRITES, retrying: expect.any(String) }, postgresql: { status: 'up' } } });

    // when the broker comes, then each write is published once and applied once
    await kafka.start();
    await eventually('the outbox to drain and the read models to catch up', async () => (await outboxBacklog(db)) === 0 && (await appliedThrough(db)) === WRITES, 180_000);
    expect(await headPosition(db)).toBe(WRITES);
    const onTopic = (await readWholeTopic(resources.topic, 60_000, [kafka.brokers])).map((m) => m.value.position as number);
    expect(onTopic.sort((a, b) => a - b)).toEqual(Array.from({ length: WRITES }, (_, i) => i + 1));
    const { events, stored, folded } = await storedAndFoldedReadModels(resources.databaseUrl);
    expect(events).toBe(WRITES);
    expect(stored).toEqual(folded);
    await eventually('readiness to recover', async () => (await fetch(`${base}/health/ready`)).status === 200, 60_000);

    // and with the broker away again and a write waiting for it, SIGTERM drains and exits 0
    await kafka.stop();
    expect((await post(WRITES)).status).toBe(201);
    api.child.kill('SIGTERM');
    const exit = await Promise.race([api.exited, sleep(HUNG_AFTER_MS, 'still running', { ref: false })]);
    expect({ exit, output: exit === 0 ? '' : api.output().slice(-2_000) }).toEqual({ exit: 0, output: '' });
    // The relay's lock went with the process, and the last write waits in the outbox for the next start.
    const relayLocks = `SELECT count(*)::int AS n FROM pg_locks
      WHERE locktype = 'advisory' AND objid = 7238561 AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`;
    await eventually('the relay lock to be free', async () => (await db.query(relayLocks)).rows[0].n === 0);
    expect(await outboxBacklog(db)).toBe(1);
  }, 420_000);
});
