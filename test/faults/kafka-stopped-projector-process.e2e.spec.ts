import { setTimeout as sleep } from 'node:timers/promises';
import { trumpOnTruthSocial } from '../support/istanbul';
import { OwnKafka, ownKafka } from '../support/own-kafka';
import { ParleyUnderTest, startParley } from '../support/parley-under-test';
import { ParleyProcess, eventually, spawnParley } from '../support/parley-process';
import { appliedThrough, headPosition } from '../support/progress';
import { storedAndFoldedReadModels } from '../support/read-models-agree';

/** Longer than kafkajs's own retries last (createKafka: 8 retries, at most 5 s apart; about 20 s), so they run out. */
const OUTAGE_MS = 30_000;

describe('Kafka stopped under the projector running as a process of its own', () => {
  let kafka: OwnKafka;
  let parley: ParleyUnderTest;
  let projector: ParleyProcess;
  const statement = (n: number) => ({ ...trumpOnTruthSocial, quote: `statement ${n} while the broker comes and goes` });

  beforeAll(async () => {
    kafka = await ownKafka();
    // The API and its relay run in this process; the projector runs apart, as in production.
    parley = await startParley({ KAFKA_BROKERS: kafka.brokers, PARLEY_COMPONENTS: 'api,relay' });
    projector = spawnParley('projector', { ...parley.resources.env, KAFKA_BROKERS: kafka.brokers, LOG_LEVEL: 'warn' });
  });
  afterAll(async () => {
    projector?.child.kill('SIGKILL');
    await parley?.stop();
    await kafka?.remove();
  });

  it('given writes being projected, when the broker is away longer than kafkajs retries, then the projector stays up, applies each event once when it is back, and still stops cleanly', async () => {
    // given a projector busy applying what a steady stream of writes publishes
    let writing = true;
    let written = 0;
    const writer = (async () => {
      for (let n = 0; writing; n++) {
        await parley.post('/api/v1/statements', statement(n)).expect(201);
        written++;
      }
    })();
    await eventually('the projector to apply the first writes', async () => (await appliedThrough(parley.db)) >= 20, 120_000);

    // when the broker stops while it works, and stays away
    await kafka.stop();
    const exitedDuringOutage = await Promise.race([projector.exited, sleep(OUTAGE_MS, 'still running', { ref: false })]);
    writing = false;
    await writer;
    await kafka.start();

    // then it never exited, and it catches up with every write, each applied exactly once
    expect({ exitedDuringOutage, lastLines: projector.output().slice(-2_000) }).toEqual({ exitedDuringOutage: 'still running', lastLines: expect.any(String) });
    const head = await headPosition(parley.db);
    expect(head).toBe(written);
    await eventually('the projector to catch up after the outage', async () => (await appliedThrough(parley.db)) === head, 120_000);
    const { events, stored, folded } = await storedAndFoldedReadModels(parley.resources.databaseUrl);
    expect(events).toBe(written);
    expect(stored).toEqual(folded);
    expect(projector.child.exitCode).toBeNull();
    projector.child.kill('SIGTERM');
    expect(await Promise.race([projector.exited, sleep(30_000, 'still running', { ref: false })])).toBe(0);
  }, 300_000);
});
