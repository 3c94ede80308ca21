import { Logger } from '@nestjs/common';
import { ConsumerState } from '@parley/metrics';
import { Consumer } from 'kafkajs';

/** Wait before replacing a consumer kafkajs gave up on, doubled while the replacements fail too. */
const FIRST_RESTART_MS = 1_000;
/** A broker back from an outage is joined within this much (plus one connection attempt). */
const MAX_RESTART_MS = 10_000;

export interface SupervisedConsumerOptions {
  /** A new, unconnected consumer. */
  readonly create: () => Consumer;
  /** Connects, subscribes and runs `consumer`. */
  readonly start: (consumer: Consumer) => Promise<void>;
  /** Each state the consumer passes through, for the consumer-state metric. */
  readonly report: (state: ConsumerState) => void;
  /** Each error kafkajs gave a consumer up for, or a replacement failed to start with. */
  readonly onFailure: (error: Error) => void;
  readonly logger: Logger;
}

/**
 * A kafkajs consumer kept running through broker outages of any length. kafkajs restarts a crashed
 * consumer by itself only when it deems the error retriable, and some errors of a broker that merely
 * went away are not: a group re-join that reaches no broker fails with KafkaJSGroupCoordinatorNotFound
 * ("Failed to find group coordinator"). kafkajs then disconnects that consumer for good; a process with
 * nothing else to do, the standalone projector, is left with an empty event loop and ends with exit
 * code 0. Here each consumer kafkajs gives up on is replaced by a new one, with backoff, until stop().
 */
export class SupervisedConsumer {
  private consumer: Consumer | null = null;
  private failedRestarts = 0;
  private restartTimer: NodeJS.Timeout | null = null;
  private stopped = false;
  /** A replacement is due: further failures of the consumer it replaces say nothing new. */
  private replacing = false;

  constructor(private readonly options: SupervisedConsumerOptions) {}

  /** Starts the first consumer; a failure here is the caller's to handle (a broker unreachable at start). */
  async start(): Promise<void> {
    await this.startOne();
  }

  /** Starts the first consumer, and another with backoff while none can: a broker away at start only delays consuming. */
  startInBackground(): void {
    this.attempt();
  }

  /** Stops restarting and disconnects the current consumer, which first finishes the batch it is applying. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    await this.consumer?.disconnect();
  }

  /**
   * Replaces the consumer as one kafkajs gave up on, for a failure kafkajs never saw: a batch whose
   * handler had returned before its transaction failed. The new consumer fetches from the offsets
   * committed to Kafka, which only ever follow what PostgreSQL committed.
   */
  replace(error: Error): void {
    if (this.stopped || this.replacing) return;
    this.options.report('crashed');
    const leaving = this.consumer?.disconnect().catch(() => undefined);
    this.replaceLater(`a batch failed after its handler returned (${error.name}: ${error.message})`, error, leaving);
  }

  private async startOne(): Promise<void> {
    this.replacing = false;
    const consumer = this.options.create();
    this.consumer = consumer;
    this.watch(consumer);
    await this.options.start(consumer);
    // stop() came while this one was connecting: it must not outlive the application.
    if (this.stopped) await consumer.disconnect();
  }

  private watch(consumer: Consumer): void {
    const { report } = this.options;
    report('connecting');
    consumer.on(consumer.events.GROUP_JOIN, () => {
      this.failedRestarts = 0;
      report('joined');
    });
    consumer.on(consumer.events.REBALANCING, () => report('rebalancing'));
    consumer.on(consumer.events.STOP, () => report('stopped'));
    consumer.on(consumer.events.CRASH, ({ payload: { error, restart } }) => {
      report('crashed');
      // kafkajs restarts this consumer itself; only one it has given up on needs replacing.
      if (!restart) this.replaceLater(`Kafka consumer stopped for good by kafkajs (${error.name}: ${error.message})`, error);
    });
  }

  private replaceLater(why: string, error: Error, leaving?: Promise<unknown>): void {
    // One replacement at a time: kafkajs may yet give up on the consumer being replaced.
    if (this.stopped || this.replacing) return;
    this.replacing = true;
    this.options.onFailure(error);
    const delay = Math.min(FIRST_RESTART_MS * 2 ** this.failedRestarts, MAX_RESTART_MS);
    this.failedRestarts++;
    this.options.logger.warn(`${why}; starting a new Kafka consumer in ${delay} ms`);
    // The one replaced leaves its group first, or both would be members a while.
    this.restartTimer = setTimeout(() => void Promise.resolve(leaving).then(() => this.attempt()), delay);
  }

  private attempt(): void {
    this.startOne().catch(async (startError: Error) => {
      // Most likely the broker is still away; a consumer that never connected has nothing to lose.
      await this.consumer?.disconnect().catch(() => undefined);
      this.options.report('crashed');
      this.replaceLater(`Kafka consumer failed to start (${startError.name}: ${startError.message})`, startError);
    });
  }
}
