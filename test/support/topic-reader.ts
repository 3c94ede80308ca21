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

/**
 * Every message on a topic as `read_committed` consumers see it, from the beginning to the end each
 * partition had when the read began. The relay publishes in transactions, so offsets also number
 * commit markers and aborted messages: the count of messages cannot be told from the offsets, and the
 * read ends once the consumer has passed each partition's end (kafkajs reports how far each fetch
 * reached, marker-only fetches included, as END_BATCH_PROCESS).
 */
export async function readWholeTopic(topic: string, timeoutMs = 60_000, brokers = testConfig().kafkaBrokers): Promise<TopicMessage[]> {
  const kafka = new Kafka({ brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map((await admin.fetchTopicOffsets(topic)).filter((p) => Number(p.high) > Number(p.low)).map((p) => [p.partition, Number(p.high)]));
  const groupId = `parley-test-reader-${randomUUID()}`;
  const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 100 });
  const messages: TopicMessage[] = [];
  const reached = new Map<number, number>();
  try {
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`read ${messages.length} messages of ${topic}, not to its end: ${JSON.stringify([...reached])} of ${JSON.stringify([...ends])}`)), timeoutMs);
      const check = () => {
        if ([...ends].every(([partition, end]) => (reached.get(partition) ?? 0) >= end)) {
          clearTimeout(timer);
          resolve();
        }
      };
      consumer.on(consumer.events.END_BATCH_PROCESS, ({ payload }) => {
        if (payload.lastOffset !== null) reached.set(payload.partition, Math.max(reached.get(payload.partition) ?? 0, Number(payload.lastOffset) + 1));
        check();
      });
      check();
      void consumer.run({
        eachMessage: async ({ message, partition }) => {
          messages.push({ key: message.key?.toString() ?? null, partition, value: JSON.parse(message.value!.toString()) });
        },
      });
    });
  } finally {
    await consumer.disconnect();
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  }
  return messages;
}
