import { Module } from '@nestjs/common';
import { EventStoreModule } from '@parley/event-store';
import { ReadModelStoreModule } from '@parley/read-model-store';
import { ScrapeMetricsHttpController } from './scrape-metrics/scrape-metrics.http.controller';

/** GET /metrics, served whatever components the process runs. */
@Module({ imports: [EventStoreModule, ReadModelStoreModule], controllers: [ScrapeMetricsHttpController] })
export class MetricsHttpModule {}
