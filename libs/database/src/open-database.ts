import { DataSource, DataSourceOptions } from 'typeorm';
import { ensureDatabase } from './ensure-database';

/** One key every Parley process locks to migrate: "Parl" in ASCII. */
const MIGRATION_LOCK = 0x5061726c;

/**
 * Runs the pending migrations while holding a session advisory lock. Processes started together (the
 * api and the projector under compose) would otherwise both create the same tables, and one fail.
 */
export async function migrate(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    await runner.release();
  }
}

/** The database of these options, created when missing and migrated: what every process opens first. */
export async function openDatabase(options: DataSourceOptions & { url: string }): Promise<DataSource> {
  await ensureDatabase(options.url);
  const dataSource = await new DataSource(options).initialize();
  await migrate(dataSource);
  return dataSource;
}
