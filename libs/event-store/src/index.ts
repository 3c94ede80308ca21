export * from './event-store';
export * from './errors';
export * from './event-row';
export * from './pg-event-store';
export * from './command-runner';
export * from './log-follower';
export * from './event-store.module';
export { EventLog1764201600000 } from './migrations/1764201600000-event-log';
export { DevelopmentIndex1764201800000 } from './migrations/1764201800000-development-index';
