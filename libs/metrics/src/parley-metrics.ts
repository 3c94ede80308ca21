import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The states a Kafka consumer passes through, as kafkajs reports them. */
export const CONSUMER_STATES = ['connecting', 'joined', 'rebalancing', 'crashed', 'stopped'] as const;
export type ConsumerState = (typeof CONSUMER_STATES)[number];

/**
 * Every metric Parley exports, on a registry of its own: each service instance (and each service a
 * test starts) counts for itself. Infrastructure records into it; the domain never sees it.
 */
@Injectable()
export class ParleyMetrics {
  readonly registry = new Registry();

  readonly httpRequests = new Counter({
    name: 'parley_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: 'parley_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly commands = new Counter({
    name: 'parley_commands_total',
    help: 'Commands handled, by command and outcome (accepted, replayed, invalid, refused, conflict, failed)',
    labelNames: ['command', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly eventsAppended = new Counter({
    name: 'parley_events_appended_total',
    help: 'Events appended to the event store by this process, by type',
    labelNames: ['type'] as const,
    registers: [this.registry],
  });

  readonly outboxBacklog = new Gauge({
    name: 'parley_outbox_backlog_events',
    help: 'Events stored but not yet acknowledged by Kafka: the log head less the relay cursor',
    registers: [this.registry],
  });

  readonly liveFeedsOpen = new Gauge({
    name: 'parley_live_feeds_open',
    help: 'Live feeds (GET /api/v1/events/live) this process is serving',
    registers: [this.registry],
  });

  readonly liveFeedsRefused = new Counter({
    name: 'parley_live_feeds_refused_total',
    help: 'Live feeds refused, by the limit reached: client (429) or total (503)',
    labelNames: ['limit'] as const,
    registers: [this.registry],
  });

  readonly liveFeedsEnded = new Counter({
    name: 'parley_live_feeds_ended_total',
    help: 'Live feeds ended, by reason: left (the client), dropped (too slow a reader), stopping, error',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  readonly relayPublishDuration = new Histogram({
    name: 'parley_relay_publish_duration_seconds',
    help: 'Time from sending a page of the log to Kafka until the broker acknowledged its transaction',
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly relayPublished = new Counter({
    name: 'parley_relay_published_events_total',
    help: 'Events the relay published to Kafka',
    registers: [this.registry],
  });

  readonly projectedEvents = new Counter({
    name: 'parley_projector_messages_total',
    help: 'Kafka messages the projector handled, by outcome (applied, dead_letter)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  readonly projectorLagEvents = new Gauge({
    name: 'parley_projector_lag_events',
    help: 'Events in the log a read model has not yet applied, by projection',
    labelNames: ['projection'] as const,
    registers: [this.registry],
  });

  readonly projectorLagSeconds = new Gauge({
    name: 'parley_projector_lag_seconds',
    help: 'How long the oldest event a read model has not yet applied has been waiting, by projection',
    labelNames: ['projection'] as const,
    registers: [this.registry],
  });

  readonly rebuildProgress = new Gauge({
    name: 'parley_rebuild_progress_ratio',
    help: 'Share of the log a running rebuild has applied (0 to 1), by projection',
    labelNames: ['projection'] as const,
    registers: [this.registry],
  });

  readonly kafkaConsumerState = new Gauge({
    name: 'parley_kafka_consumer_state',
    help: 'The state of a Kafka consumer: 1 for the state it is in, 0 for the others',
    labelNames: ['group', 'state'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  consumerState(group: string, state: ConsumerState): void {
    for (const s of CONSUMER_STATES) this.kafkaConsumerState.set({ group, state: s }, s === state ? 1 : 0);
  }

  projectionLag(lags: readonly { projection: string; events: number; seconds: number }[]): void {
    for (const { projection, events, seconds } of lags) {
      this.projectorLagEvents.set({ projection }, events);
      this.projectorLagSeconds.set({ projection }, seconds);
    }
  }

  /** The Prometheus text exposition of every metric. */
  exposition(): Promise<string> {
    return this.registry.metrics();
  }
}
