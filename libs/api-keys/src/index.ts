export * from './api-key';
export * from './api-key-store';
export * from './api-keys.module';
export { ApiKeys1764202000000 } from './migrations/1764202000000-api-keys';
