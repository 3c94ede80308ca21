import { Logger } from '@nestjs/common';
import { ParleyConfig } from '@parley/config';
import { Admin, Kafka, KafkaJSError, logLevel } from 'kafkajs';
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

export const createKafka = (config: ParleyConfig, clientSuffix: string): Kafka =>
  new Kafka({
    clientId: `${config.kafka.clientId}-${clientSuffix}`,
    brokers: config.kafka.brokers,
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
 * Creates the event topic when missing: several partitions (events of one stream share one, by key)
 * and retention forever, so a new consumer group can replay the whole history.
 */
export async function ensureTopic(kafka: Kafka, topic: string, partitions: number): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = await admin.listTopics();
    if (!existing.includes(topic)) {
      await admin.createTopics({
        topics: [
          {
            topic,
            numPartitions: partitions,
            replicationFactor: 1,
            configEntries: [...KEEP_FOREVER],
          },
        ],
      });
    }
    await waitForLeaders(admin, topic);
  } finally {
    await admin.disconnect();
  }
}

/**
 * kafkajs's own `waitForLeaders` gives up when the broker answers "unknown topic", which a broker
 * that has only just started does for a moment after creating one; both answers are worth waiting out.
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
