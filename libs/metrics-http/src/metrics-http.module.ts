import { Module } from '@nestjs/common';
import { EventStoreModule } from '@parley/event-store';
import { ReadModelStoreModule } from '@parley/read-model-store';
import { MetricsKeyGuard } from './metrics-key.guard';
import { ScrapeMetricsHttpController } from './scrape-metrics.http.controller';

/** GET /metrics, served by the API whatever components it runs, and by the standalone projector. */
@Module({ imports: [EventStoreModule, ReadModelStoreModule], controllers: [ScrapeMetricsHttpController], providers: [MetricsKeyGuard] })
export class MetricsHttpModule {}
