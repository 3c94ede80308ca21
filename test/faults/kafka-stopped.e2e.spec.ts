import { exchangeOf24May } from '../support/istanbul';
import { OwnKafka, ownKafka } from '../support/own-kafka';
import { ParleyUnderTest, startParley } from '../support/parley-under-test';
import { eventually } from '../support/parley-process';
import { outboxBacklog } from '../support/progress';
import { sample } from '../support/prometheus';
import { storedAndFoldedReadModels } from '../support/read-models-agree';

const exchange = (day: number) => ({ ...exchangeOf24May, occurredAt: `2025-05-${String(day).padStart(2, '0')}T12:00:00Z` });

describe('Kafka stopped while developments are posted', () => {
  let kafka: OwnKafka;
  let parley: ParleyUnderTest;
  const post = (day: number) => parley.post('/api/v1/prisoner-exchanges', exchange(day));
  const ledger = () => parley.http().get('/api/v1/prisoner-exchanges?trackId=russia-ukraine');
  const consumerJoined = async () =>
    sample((await parley.http().get('/metrics')).text, 'parley_kafka_consumer_state', { group: parley.resources.groupId, state: 'joined' });

  beforeAll(async () => {
    kafka = await ownKafka();
    parley = await startParley({ KAFKA_BROKERS: kafka.brokers });
  });
  afterAll(async () => {
    await parley?.stop();
    await kafka?.remove();
  });

  it('accepts writes while the broker is down, reports it in health and metrics, and applies each event once when it is back', async () => {
    for (let day = 1; day <= 5; day++) await post(day).expect(201);
    await eventually('the first five in the ledger', async () => (await ledger()).body.totals?.count === 5);
    await parley.http().get('/health/ready').expect(200);

    await kafka.stop();
    const during = [];
    for (let day = 6; day <= 15; day++) during.push((await post(day)).status);
    expect(during).toEqual(Array(10).fill(201));
    const health = await parley.http().get('/health/ready').expect(503);
    expect(health.body).toMatchObject({ status: 503, details: { kafka: { status: 'down' }, postgresql: { status: 'up' } } });
    expect(await outboxBacklog(parley.db)).toBeGreaterThan(0);
    // The consumer gives up its group once kafkajs's retries run out: operators see it in the state gauge.
    await eventually('the projector consumer to report it left its group', async () => (await consumerJoined()) === 0);

    await kafka.start();
    await eventually('all fifteen in the ledger', async () => (await ledger()).body.totals.count === 15, 90_000);
    const { body } = await ledger();
    expect(body.totals.returned).toEqual({ RUS: 15 * 307, UKR: 15 * 307 });
    const { stored, folded } = await storedAndFoldedReadModels(parley.resources.databaseUrl);
    expect(stored).toEqual(folded);
    await eventually('health to recover', async () => (await parley.http().get('/health/ready')).status === 200);
    expect(await consumerJoined()).toBe(1);
    // Longer than the 90 s the events are given to arrive once the broker is back: under the suite's
    // default 60 s a loaded machine failed the test while it was still waiting for them.
  }, 180_000);
});
