export * from './pg-document-reader';
export * from './projection-writer';
export * from './projection-progress';
export * from './read-model-store.module';
export { ReadModels1764201700000 } from './migrations/1764201700000-read-models';
export { DocumentIndex1764202100000 } from './migrations/1764202100000-document-index';
export { DocumentKeys1764202200000 } from './migrations/1764202200000-document-keys';
export { ProjectionVersions1764202300000 } from './migrations/1764202300000-projection-versions';
export { DocumentSearch1764202600000 } from './migrations/1764202600000-document-search';
