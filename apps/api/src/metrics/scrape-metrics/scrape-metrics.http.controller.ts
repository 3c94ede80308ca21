import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { EventStore } from '@parley/event-store';
import { ParleyMetrics } from '@parley/metrics';
import { ProjectionProgress } from '@parley/read-model-store';
import { contentType } from 'prom-client';

@ApiTags('operations')
@Controller('metrics')
export class ScrapeMetricsHttpController {
  constructor(
    private readonly metrics: ParleyMetrics,
    private readonly store: EventStore,
    private readonly progress: ProjectionProgress,
  ) {}

  /** Prometheus metrics; the outbox backlog and projector lag are read from PostgreSQL at each scrape. */
  @Get()
  @Header('Content-Type', contentType)
  @ApiOkResponse({ description: 'Prometheus text exposition format', content: { [contentType]: { schema: { type: 'string' } } } })
  async scrape(): Promise<string> {
    const [backlog, lag] = await Promise.all([this.store.outboxBacklog(), this.progress.lag()]);
    this.metrics.outboxBacklog.set(backlog);
    this.metrics.projectionLag(lag);
    return this.metrics.exposition();
  }
}
