import { Logger } from '@nestjs/common';
import { ParleyConfig } from '@parley/config';
import { Kafka, logLevel } from 'kafkajs';

const logger = new Logger('kafkajs');

/** kafkajs speaks through the service's logger instead of printing on its own. */
/**
 * kafkajs warns whenever an idempotent producer's retries are bounded. They are bounded on purpose, so
 * the relay can report a broker outage and back off; duplicates are removed by the projector anyway.
 */
const EXPECTED_WARNING = 'Limiting retries for the idempotent producer';

const logCreator = () => ({ namespace, level, log }: { namespace: string; level: logLevel; log: { message: string } }) => {
  const { message, ...extra } = log;
  if (message.startsWith(EXPECTED_WARNING)) return;
  const line = `${namespace}: ${message} ${JSON.stringify(extra)}`;
  if (level === logLevel.ERROR) logger.error(line);
  else if (level === logLevel.WARN) logger.warn(line);
  else logger.debug(line);
};

export const createKafka = (config: ParleyConfig, clientSuffix: string): Kafka =>
  new Kafka({
    clientId: `${config.kafka.clientId}-${clientSuffix}`,
    brokers: config.kafka.brokers,
    logLevel: logLevel.WARN,
    logCreator,
    retry: { initialRetryTime: 200, retries: 8, maxRetryTime: 5_000 },
  });

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
        waitForLeaders: true,
        topics: [
          {
            topic,
            numPartitions: partitions,
            replicationFactor: 1,
            configEntries: [
              { name: 'retention.ms', value: '-1' },
              { name: 'retention.bytes', value: '-1' },
              { name: 'cleanup.policy', value: 'delete' },
            ],
          },
        ],
      });
    }
  } finally {
    await admin.disconnect();
  }
}
