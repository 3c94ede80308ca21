import { Injectable } from '@nestjs/common';
import { ParleyConfig } from '@parley/config';
import { Kafka, logLevel } from 'kafkajs';
import { kafkaConnection } from './kafka';

const PROBE_TIMEOUT_MS = 1_500;

/** Asks the brokers for their cluster, once and quickly: a health probe must not wait out retries. */
@Injectable()
export class KafkaProbe {
  private readonly kafka: Kafka;

  constructor(config: ParleyConfig) {
    this.kafka = new Kafka({
      clientId: `${config.kafka.clientId}-probe`,
      ...kafkaConnection(config),
      logLevel: logLevel.NOTHING,
      connectionTimeout: PROBE_TIMEOUT_MS,
      requestTimeout: PROBE_TIMEOUT_MS,
      retry: { retries: 0 },
    });
  }

  /** The number of brokers that answered; throws when none did. */
  async brokers(): Promise<number> {
    const admin = this.kafka.admin();
    try {
      await admin.connect();
      return (await admin.describeCluster()).brokers.length;
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }
}
