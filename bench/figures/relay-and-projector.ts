import { loadConfig } from '@parley/config';
import { EventTextRow, PgEventStore, SELECT_ENVELOPE_TEXT_COLUMNS, rowToEnvelopeJson } from '@parley/event-store';
import { OutboxRelay, Projector, RELAY_BATCH, createKafka, ensureTopic, relayProducerOptions } from '@parley/messaging';
import { ParleyMetrics } from '@parley/metrics';
import { ProjectionWriter } from '@parley/read-model-store';
import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { IsolatedResources } from '../../test/support/isolated-resources';
import { Figure, compared } from '../lib/report';
import { seedStatements } from '../lib/seed';

const until = async (condition: () => Promise<boolean>) => {
  while (!(await condition())) await new Promise((r) => setTimeout(r, 50));
};
const perSecond = (count: number, startedAt: number) => Math.round(count / ((performance.now() - startedAt) / 1_000));

/**
 * Relay: the log's unpublished tail to Kafka, beside a raw kafkajs producer sending the same payloads with the
 * same settings. Projector: a topic backlog into the read models, beside a raw consumer reading it.
 * Clocks start once a consumer has joined its group, so both sides are timed on consuming alone.
 */
export async function measureRelayAndProjector(
  dataSource: DataSource,
  resources: IsolatedResources,
  { relayed, projected, stored, relayOnly = false }: { relayed: number; projected: number; stored: number; relayOnly?: boolean },
): Promise<{ relay: Figure; projector?: Figure }> {
  const config = loadConfig({ ...resources.env, KAFKA_PARTITIONS: '6' });
  const kafka = createKafka(config, 'bench');
  await seedStatements(dataSource, stored, relayed);

  // The raw producer fills the projector's topic with the very envelopes the relay would publish.
  const backlogTopic = `${config.kafka.topic}.backlog`;
  await ensureTopic(kafka, config, backlogTopic);
  const rows: EventTextRow[] = await dataSource.query(`SELECT ${SELECT_ENVELOPE_TEXT_COLUMNS} FROM events ORDER BY position LIMIT $1`, [projected]);
  const messages = rows.map((row) => ({ key: row.stream_id, value: rowToEnvelopeJson(row), headers: { 'event-type': row.type, 'event-id': row.event_id } }));
  rows.length = 0;
  // The relay's settings, each batch a transaction as the relay's pages are.
  const producer = kafka.producer(relayProducerOptions(`${config.kafka.transactionalId}-raw`));
  await producer.connect();
  const produceStart = performance.now();
  for (let i = 0; i < messages.length; i += RELAY_BATCH) {
    const transaction = await producer.transaction();
    await transaction.send({ topic: backlogTopic, acks: -1, messages: messages.slice(i, i + RELAY_BATCH) });
    await transaction.commit();
  }
  const rawProducer = perSecond(messages.length, produceStart);
  await producer.disconnect();

  const relay = new OutboxRelay(config, dataSource, new ParleyMetrics());
  const relayStart = performance.now();
  relay.onApplicationBootstrap();
  const store = new PgEventStore(dataSource);
  await until(async () => (await store.outboxBacklog()) === 0);
  const relayRate = perSecond(relayed, relayStart);
  await relay.onApplicationShutdown();
  const relayFigure = compared(relayRate, 'events/s', 'raw kafkajs producer', rawProducer);
  if (relayOnly) {
    await removeTopic(kafka, backlogTopic);
    return { relay: relayFigure };
  }

  const consumerGroup = `${config.kafka.groupId}-raw`;
  const consumer = kafka.consumer({ groupId: consumerGroup, maxWaitTimeInMs: 100 });
  await consumer.connect();
  await consumer.subscribe({ topic: backlogTopic, fromBeginning: true });
  let consumed = 0;
  await consumer.run({ eachBatch: async ({ batch }) => void (consumed += batch.messages.length) });
  const consumeStart = performance.now();
  await until(async () => consumed >= projected);
  const rawConsumer = perSecond(projected, consumeStart);
  await consumer.disconnect();

  const projectorConfig = loadConfig({ ...resources.env, KAFKA_TOPIC: backlogTopic });
  const projector = new Projector(projectorConfig, new ProjectionWriter(dataSource), new ParleyMetrics());
  await projector.onApplicationBootstrap();
  const projectStart = performance.now();
  await until(async () => {
    const [{ n }] = await dataSource.query(`SELECT coalesce(sum(next_offset), 0) AS n FROM projector_offsets WHERE topic = $1`, [backlogTopic]);
    return Number(n) >= projected;
  });
  const projectorRate = perSecond(projected, projectStart);
  await projector.onApplicationShutdown();

  await removeTopic(kafka, backlogTopic, consumerGroup);
  return {
    relay: relayFigure,
    projector: compared(projectorRate, 'events/s', 'raw kafkajs consumer', rawConsumer),
  };
}

async function removeTopic(kafka: Kafka, topic: string, group?: string): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
  if (group) await admin.deleteGroups([group]).catch(() => undefined);
  await admin.disconnect();
}
