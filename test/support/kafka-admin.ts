import { Admin, Kafka, logLevel } from 'kafkajs';
import { testConfig } from './test-config';

/** Runs `use` with an admin client of the test broker, disconnected afterwards. */
export async function withKafkaAdmin<T>(use: (admin: Admin) => Promise<T>): Promise<T> {
  const admin = new Kafka({ brokers: testConfig().kafkaBrokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    return await use(admin);
  } finally {
    await admin.disconnect();
  }
}
