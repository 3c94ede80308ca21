import { Kafka, logLevel } from 'kafkajs';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { testConfig } from './test-config';

/**
 * A database, a topic and a consumer group of its own for each test file, removed afterwards,
 * so test files never see each other's data and can run in parallel.
 */
export interface IsolatedResources {
  readonly id: string;
  readonly databaseUrl: string;
  readonly topic: string;
  readonly groupId: string;
  readonly env: Record<string, string>;
  remove(): Promise<void>;
}

export async function isolatedResources(): Promise<IsolatedResources> {
  const { databaseUrl, kafkaBrokers } = testConfig();
  const id = `${Date.now().toString(36)}${randomBytes(4).toString('hex')}`;
  const database = `parley_test_${id}`;
  const topic = `parley.test.${id}`;
  const groupId = `parley-test-${id}`;
  const env = {
    DATABASE_URL: databaseUrl(database),
    DATABASE_POOL_SIZE: '10',
    KAFKA_BROKERS: kafkaBrokers.join(','),
    KAFKA_TOPIC: topic,
    KAFKA_PARTITIONS: '3',
    KAFKA_GROUP_ID: groupId,
    KAFKA_CLIENT_ID: `parley-test-${id}`,
    API_KEYS: 'test-writer-key,test-admin-key:admin',
    // Rate limits are tested on their own; other tests must never meet them.
    RATE_LIMIT_PER_IP: '1000000',
    RATE_LIMIT_PER_KEY: '1000000',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
    // Projector processes serve /metrics on a port the system picks, so several can run at once; a test
    // that scrapes one gives it a free port of its own.
    METRICS_PORT: '0',
    NODE_ENV: 'test',
  };
  return {
    id,
    databaseUrl: env.DATABASE_URL,
    topic,
    groupId,
    env,
    async remove() {
      const admin = new Client({ connectionString: databaseUrl('postgres') });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.end();
      const kafka = new Kafka({ brokers: kafkaBrokers, logLevel: logLevel.NOTHING }).admin();
      await kafka.connect();
      const topics = await kafka.listTopics();
      if (topics.includes(topic)) await kafka.deleteTopics({ topics: [topic] });
      await kafka.deleteGroups([groupId]).catch(() => undefined);
      await kafka.disconnect();
    },
  };
}
