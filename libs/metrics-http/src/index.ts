export * from './metrics-http.module';
export * from './scrape-metrics.http.controller';
