import { Logger } from '@nestjs/common';
import { ParleyConfig } from '@parley/config';
import { Admin, Kafka, KafkaConfig, KafkaJSError, SASLOptions, logLevel } from 'kafkajs';
import { setTimeout as sleep } from 'node:timers/promises';
import { KafkaLogEntry, kafkaLogMethod } from './kafka-log';

const logger = new Logger('kafkajs');

/** kafkajs speaks through the service's logger, at the level Parley gives each line, instead of printing on its own. */
const logCreator = () => (entry: KafkaLogEntry) => {
  const method = kafkaLogMethod(entry);
  if (!method) return;
  const { message, ...extra } = entry.log;
  logger[method](`${entry.namespace}: ${message} ${JSON.stringify(extra)}`);
};

/** Where the brokers are and how to reach them: plain, TLS, SASL over either. */
export const kafkaConnection = ({ kafka }: ParleyConfig): Pick<KafkaConfig, 'brokers' | 'ssl' | 'sasl'> => ({
  brokers: kafka.brokers,
  ssl: kafka.ssl,
  // kafkajs types each mechanism apart; the configuration's mechanism is one of them.
  ...(kafka.sasl && { sasl: { ...kafka.sasl } as SASLOptions }),
});

export const createKafka = (config: ParleyConfig, clientSuffix: string): Kafka =>
  new Kafka({
    clientId: `${config.kafka.clientId}-${clientSuffix}`,
    ...kafkaConnection(config),
    logLevel: logLevel.WARN,
    logCreator,
    retry: { initialRetryTime: 200, retries: 8, maxRetryTime: 5_000 },
  });

/** Topic settings under which Kafka deletes no event, by age, by size or by compaction. */
export const KEEP_FOREVER = [
  { name: 'retention.ms', value: '-1' },
  { name: 'retention.bytes', value: '-1' },
  { name: 'cleanup.policy', value: 'delete' },
] as const;

/**
 * Creates the event topic when missing: several partitions (events of one stream share one, by key),
 * retention forever, so a new consumer group can replay the whole history, and as many copies as
 * configured, an acknowledged write (acks=all) held by at least `minInsyncReplicas` of them.
 */
export async function ensureTopic(kafka: Kafka, config: ParleyConfig, topic = config.kafka.topic): Promise<void> {
  const settings = config.kafka;
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = await admin.listTopics();
    if (!existing.includes(topic)) {
      await admin.createTopics({
        // Waited for below: in a cluster, the broker asked for leaders may not know the new topic yet.
        waitForLeaders: false,
        topics: [
          {
            topic,
            numPartitions: settings.partitions,
            replicationFactor: settings.replicationFactor,
            configEntries: [...KEEP_FOREVER, { name: 'min.insync.replicas', value: String(settings.minInsyncReplicas) }],
          },
        ],
      });
    }
    await everyBrokerKnows(admin, config, topic);
  } finally {
    await admin.disconnect();
  }
}

/**
 * Each broker of a cluster learns of a new topic from the controller in its own time, and tells a client
 * that asks before then that the topic does not exist: the projector's subscription would fail on it.
 * So each broker is asked in turn, by a client that knows only that broker.
 */
async function everyBrokerKnows(admin: Admin, config: ParleyConfig, topic: string): Promise<void> {
  const { brokers } = await admin.describeCluster();
  for (const { host, port } of brokers) {
    const client = { clientId: `${config.kafka.clientId}-topic-check`, logLevel: logLevel.NOTHING };
    const one = new Kafka({ ...client, ...kafkaConnection(config), brokers: [`${host}:${port}`] }).admin();
    await one.connect();
    try {
      await waitForLeaders(one, topic);
    } finally {
      await one.disconnect();
    }
  }
}

/**
 * kafkajs's own `waitForLeaders` gives up when the broker answers "unknown topic", which a broker
 * that has only just started, or another broker of a cluster, does for a moment after one was created;
 * both answers are worth waiting out.
 */
async function waitForLeaders(admin: Admin, topic: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const { topics } = await admin.fetchTopicMetadata({ topics: [topic] });
      if (topics[0]?.partitions.length && topics[0].partitions.every((p) => p.leader >= 0)) return;
    } catch (error) {
      if (!(error instanceof KafkaJSError && error.retriable) || Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) throw new Error(`Kafka topic ${topic} has no partition leaders after ${timeoutMs} ms`);
    await sleep(100);
  }
}
