import { loadConfig } from '@parley/config';
import { dataSourceOptions, openDatabase } from '@parley/database';
import { DataSource } from 'typeorm';
import { IsolatedResources, isolatedResources } from './isolated-resources';

export type MigratedDatabase = Awaited<ReturnType<typeof migratedDatabase>>;

/** A fresh, migrated database of its own for tests of one library against real PostgreSQL. */
export async function migratedDatabase(env: Record<string, string> = {}): Promise<{ dataSource: DataSource; resources: IsolatedResources; stop(): Promise<void> }> {
  const resources = await isolatedResources();
  const config = loadConfig({ ...resources.env, ...env });
  const dataSource = await openDatabase({ ...dataSourceOptions(config), logging: false });
  return {
    dataSource,
    resources,
    async stop() {
      await dataSource.destroy();
      await resources.remove();
    },
  };
}
