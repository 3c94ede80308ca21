import { Kafka, logLevel } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { testConfig } from './test-config';

export interface TopicMessage {
  key: string | null;
  partition: number;
  value: Record<string, unknown>;
}

/** Reads a topic from the beginning with a throwaway consumer group until `count` messages arrived. */
export async function readTopic(topic: string, count: number, timeoutMs = 20_000, brokers = testConfig().kafkaBrokers): Promise<TopicMessage[]> {
  const kafka = new Kafka({ brokers, logLevel: logLevel.NOTHING });
  const groupId = `parley-test-reader-${randomUUID()}`;
  const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 100 });
  const messages: TopicMessage[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`read ${messages.length} of ${count} messages from ${topic}`)), timeoutMs);
      void consumer.run({
        eachMessage: async ({ message, partition }) => {
          messages.push({ key: message.key?.toString() ?? null, partition, value: JSON.parse(message.value!.toString()) });
          if (messages.length >= count) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
  } finally {
    await consumer.disconnect();
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  }
  return messages;
}
