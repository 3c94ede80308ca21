import { Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { ParleyConfig } from '@parley/config';
import { EventStore } from '@parley/event-store';
import { KafkaProbe } from '@parley/messaging';
import { HighWaterMark } from '@parley/read-model-store';

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** What the service needs to be of use: its database, its broker, read models close to the log. */
@Injectable()
export class ReadinessIndicators {
  constructor(
    private readonly health: HealthIndicatorService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly kafka: KafkaProbe,
    private readonly store: EventStore,
    private readonly highWaterMark: HighWaterMark,
    private readonly config: ParleyConfig,
  ) {}

  postgresql = (): Promise<HealthIndicatorResult> => this.database.pingCheck('postgresql', { timeout: 1_500 });

  kafkaBrokers = async (): Promise<HealthIndicatorResult> => {
    const indicator = this.health.check('kafka');
    try {
      return indicator.up({ brokers: await this.kafka.brokers() });
    } catch (error) {
      // Writes still succeed meanwhile: they wait in the log while the relay and the projector retry.
      const waiting = await this.store.outboxBacklog().catch(() => undefined);
      return indicator.down({ message: reason(error), outboxBacklog: waiting, retrying: 'the relay and the projector retry in the background; writes wait in the log' });
    }
  };

  projectorLag = async (): Promise<HealthIndicatorResult> => {
    const indicator = this.health.check('projector');
    try {
      const [head, applied] = await Promise.all([this.store.headPosition(), this.highWaterMark.current()]);
      const lag = { headPosition: head, appliedThrough: applied, lagEvents: head - applied, maxLagEvents: this.config.readyMaxLag };
      return head - applied <= this.config.readyMaxLag ? indicator.up(lag) : indicator.down(lag);
    } catch (error) {
      return indicator.down({ message: reason(error) });
    }
  };
}
