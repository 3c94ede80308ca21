export * from './parley-config';
export * from './config.module';
export * from './logging.module';
export * from './correlation';
export * from './exit-on-signals';
export { clientRequestIdOf } from './log-redaction';
