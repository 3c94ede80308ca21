export * from './parley-metrics';
export * from './metrics.module';
export * from './http-metrics';
