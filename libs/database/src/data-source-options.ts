import { ApiKeys1764202000000 } from '@parley/api-keys';
import { ParleyConfig } from '@parley/config';
import { DevelopmentIndex1764201800000, EventActors1764202560000, EventLog1764201600000, LogIsTheOutbox1765000100000 } from '@parley/event-store';
import {
  DocumentIndex1764202100000,
  DocumentKeys1764202200000,
  DocumentSearch1764202600000,
  ProjectionVersions1764202300000,
  ReadModels1764201700000,
  ReadModelsChanged1765000300000,
  SearchWritten1765000200000,
  ListsOfDevelopments1765000400000,
  TotalsSideBySide1765000500000,
} from '@parley/read-model-store';
import { ProjectionRebuilds1764201900000, RebuildSources1764202400000 } from '@parley/replay';
import { DataSourceOptions } from 'typeorm';
import { ResilientClient } from './resilient-client';
import { ParleyTypeOrmLogger } from './typeorm-logger';

export const MIGRATIONS = [
  EventLog1764201600000,
  ReadModels1764201700000,
  DevelopmentIndex1764201800000,
  ProjectionRebuilds1764201900000,
  ApiKeys1764202000000,
  DocumentIndex1764202100000,
  DocumentKeys1764202200000,
  ProjectionVersions1764202300000,
  RebuildSources1764202400000,
  EventActors1764202560000,
  DocumentSearch1764202600000,
  LogIsTheOutbox1765000100000,
  SearchWritten1765000200000,
  ReadModelsChanged1765000300000,
  ListsOfDevelopments1765000400000,
  TotalsSideBySide1765000500000,
];

/** Schema changes go through migrations, run at start by openDatabase under a lock; never `synchronize`. */
export const dataSourceOptions = (config: ParleyConfig): DataSourceOptions & { url: string } => ({
  type: 'postgres',
  url: config.database.url,
  migrations: MIGRATIONS,
  migrationsTransactionMode: 'each',
  synchronize: false,
  logging: ['error', 'migration'],
  logger: new ParleyTypeOrmLogger(),
  extra: { max: config.database.poolSize, application_name: 'parley', Client: ResilientClient },
});
