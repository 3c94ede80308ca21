import { Client } from 'pg';
import { Kafka, logLevel } from 'kafkajs';
import { testConfig } from './test-config';

/** Fails fast, with the command that fixes it, when the real services the tests need are not running. */
export default async function globalSetup(): Promise<void> {
  const { databaseUrl, kafkaBrokers } = testConfig();
  const pg = new Client({ connectionString: databaseUrl('postgres') });
  try {
    await pg.connect();
  } catch (error) {
    throw new Error(`PostgreSQL is not reachable (${String(error)}); run: bash scripts/ensure-postgres.sh`);
  } finally {
    await pg.end().catch(() => undefined);
  }
  const admin = new Kafka({ brokers: kafkaBrokers, logLevel: logLevel.NOTHING, retry: { retries: 2 } }).admin();
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`Kafka is not reachable at ${kafkaBrokers.join(',')} (${String(error)}); run: npm run kafka:start`);
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}
