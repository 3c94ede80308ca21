import { Controller, Get, Header, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { EventStore } from '@parley/event-store';
import { ParleyMetrics } from '@parley/metrics';
import { HighWaterMark } from '@parley/read-model-store';
import { contentType } from 'prom-client';
import { MetricsKeyGuard } from './metrics-key.guard';

/** A few lines of a scrape after the Istanbul scenario: thirty events applied, the consumer in its group. */
const ISTANBUL_SCRAPE = `# HELP parley_projector_messages_total Kafka messages the projector handled, by outcome (applied, dead_letter)
# TYPE parley_projector_messages_total counter
parley_projector_messages_total{outcome="applied"} 30
parley_projector_messages_total{outcome="dead_letter"} 0
# HELP parley_projector_lag_events Events in the log a read model has not yet applied, by projection
# TYPE parley_projector_lag_events gauge
parley_projector_lag_events{projection="negotiation-status"} 0
# HELP parley_kafka_consumer_state The state of a Kafka consumer: 1 for the state it is in, 0 for the others
# TYPE parley_kafka_consumer_state gauge
parley_kafka_consumer_state{group="parley-projector",state="joined"} 1
parley_kafka_consumer_state{group="parley-projector",state="crashed"} 0
`;

@ApiTags('operations')
@Controller('metrics')
@UseGuards(MetricsKeyGuard)
export class ScrapeMetricsHttpController {
  constructor(
    private readonly metrics: ParleyMetrics,
    private readonly store: EventStore,
    private readonly highWaterMark: HighWaterMark,
  ) {}

  /** Prometheus metrics; the relay backlog and projector lag are read from PostgreSQL at each scrape. */
  @Get()
  @Header('Content-Type', contentType)
  @ApiOkResponse({ description: 'Prometheus text exposition format', content: { [contentType]: { schema: { type: 'string' }, example: ISTANBUL_SCRAPE } } })
  async scrape(): Promise<string> {
    const [backlog, lag] = await Promise.all([this.store.outboxBacklog(), this.highWaterMark.lag()]);
    this.metrics.outboxBacklog.set(backlog);
    this.metrics.projectionLag(lag);
    return this.metrics.exposition();
  }
}
