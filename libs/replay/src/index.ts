export * from './rebuild/generations';
export * from './rebuild/rebuild-ledger';
export * from './rebuild/projection-rebuilder';
export * from './rebuild/projections-named';
export * from './rebuild/kafka-replay';
export * from './status/projection-status';
export * from './replay.module';
export { ProjectionRebuilds1764201900000 } from './migrations/1764201900000-projection-rebuilds';
export { RebuildSources1764202400000 } from './migrations/1764202400000-rebuild-sources';
