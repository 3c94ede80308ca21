export * from './parley-client';
export type { components, operations, paths } from './generated/parley-api';
