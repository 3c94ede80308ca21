import { Partitioners } from 'kafkajs';
import { loadConfig } from '@parley/config';
import { IsolatedResources, isolatedResources } from '../../../test/support/isolated-resources';
import { createKafka, ensureTopic } from './kafka';
import { relayProducerOptions } from './relay-producer';
import { relayedPosition } from './outbox-relay';
import { highestAtTail } from './topic-tail';

describe("the highest position at a topic's tail, read_committed", () => {
  let resources: IsolatedResources;
  beforeAll(async () => {
    resources = await isolatedResources();
  });
  afterAll(() => resources.remove());

  const envelope = (position: number) => ({ key: `stream-${position % 5}`, value: JSON.stringify({ position, data: {} }), headers: { 'event-id': `e-${position}` } });
  const positionOf = relayedPosition;

  it("is the last committed page's last position, whatever aborted pages, an open one and others' messages follow it", async () => {
    const config = loadConfig(resources.env);
    const kafka = createKafka(config, 'test');
    await ensureTopic(kafka, config);
    const topic = resources.topic;
    const transactionalId = `${resources.id}-tail`;

    // given an empty topic
    expect(await highestAtTail(kafka, topic, positionOf)).toBeNull();

    // and then two committed pages, a large aborted one after them, and a page left open by a producer gone
    const producer = kafka.producer(relayProducerOptions(transactionalId));
    await producer.connect();
    for (const [from, to] of [[1, 40], [41, 45]]) {
      const page = await producer.transaction();
      await page.send({ topic, acks: -1, messages: Array.from({ length: to - from + 1 }, (_, i) => envelope(from + i)) });
      await page.commit();
    }
    const aborted = await producer.transaction();
    await aborted.send({ topic, acks: -1, messages: Array.from({ length: 300 }, (_, i) => envelope(46 + i)) });
    await aborted.abort();
    // and messages someone wrote outside a transaction, one of them an envelope with a higher position
    const other = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await other.connect();
    await other.send({ topic, messages: [{ key: 'x', value: '{"eventId": "not json', headers: { 'event-id': 'x' } }, { ...envelope(99), key: 'stream-3' }] });
    await other.disconnect();
    const open = await producer.transaction();
    await open.send({ topic, acks: -1, messages: Array.from({ length: 10 }, (_, i) => envelope(46 + i)) });

    // when another producer with the same transactional id fences it, as a relay starting does
    const next = kafka.producer(relayProducerOptions(transactionalId));
    await next.connect();
    await (await next.transaction()).abort();

    // then the tail's highest committed position is the last committed page's last
    expect(await highestAtTail(kafka, topic, positionOf)).toBe(45);
    await Promise.all([producer.disconnect().catch(() => undefined), next.disconnect()]);
  });

  it('leaves no connection open behind it, so a relay restarted many times holds none', async () => {
    const config = loadConfig(resources.env);
    const kafka = createKafka(config, 'test');
    const topic = resources.topic;
    // given committed envelopes on every partition, so that the read fetches from each
    const producer = kafka.producer(relayProducerOptions(`${resources.id}-sockets`));
    await producer.connect();
    const page = await producer.transaction();
    await page.send({ topic, acks: -1, messages: Array.from({ length: 60 }, (_, i) => ({ ...envelope(100 + i), partition: i % config.kafka.partitions })) });
    await page.commit();
    await producer.disconnect();
    const sockets = () => process.getActiveResourcesInfo().filter((kind) => kind === 'TCPSocketWrap').length;
    const before = sockets();

    // when the tail is read
    expect(await highestAtTail(kafka, topic, positionOf)).toBe(159);

    // then every socket it opened is closed or let go
    expect(sockets()).toBe(before);
  });
});
