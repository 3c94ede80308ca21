import { ParleyConfig } from '@parley/config';
import { DevelopmentIndex1764201800000, EventLog1764201600000 } from '@parley/event-store';
import { ReadModels1764201700000 } from '@parley/read-model-store';
import { ProjectionRebuilds1764201900000 } from '@parley/replay';
import { DataSourceOptions } from 'typeorm';

export const MIGRATIONS = [EventLog1764201600000, ReadModels1764201700000, DevelopmentIndex1764201800000, ProjectionRebuilds1764201900000];

/** Schema changes go through migrations, run at start; never `synchronize`. */
export const dataSourceOptions = (config: ParleyConfig): DataSourceOptions => ({
  type: 'postgres',
  url: config.database.url,
  migrations: MIGRATIONS,
  migrationsRun: true,
  migrationsTransactionMode: 'each',
  synchronize: false,
  logging: ['error', 'migration'],
  extra: { max: config.database.poolSize, application_name: 'parley' },
});
