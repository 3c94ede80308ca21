export * from './parley-client';
export type { components, operations, paths } from './parley-api';
