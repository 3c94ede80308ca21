import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ParleyConfig } from '@parley/config';
import { RecordedEvent, decodeEvent } from '@parley/domain';
import { GroupCommit } from '@parley/event-store';
import { ParleyMetrics } from '@parley/metrics';
import { ApplyTo, BatchTurn, GenerationTarget, ProjectionWriter, TransactionTurns } from '@parley/read-model-store';
import { Batch, Consumer, Kafka, KafkaMessage } from 'kafkajs';
import { setTimeout as sleep } from 'node:timers/promises';
import { QueryRunner } from 'typeorm';
import { createKafka, ensureTopic } from './kafka';
import { SupervisedConsumer } from './supervised-consumer';

/** How long shutdown waits for the consumer to finish its batch and leave its group. */
export const STOP_MS = 4_000;

interface DeadLetter {
  readonly message: KafkaMessage;
  readonly reason: string;
}

function decodeMessage(message: KafkaMessage): RecordedEvent | DeadLetter {
  try {
    return decodeEvent(JSON.parse(message.value?.toString('utf8') ?? 'null'));
  } catch (error) {
    return { message, reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

const nextOffsetOf = (batch: Batch) => String(Number(batch.lastOffset()) + 1);

/** Each consumer's batches' next offsets, a request each: after a restart, a batch fetched by the consumer before is committed by that one. */
async function commitToKafka(batches: readonly DecodedBatch[]): Promise<void> {
  const byConsumer = new Map<Consumer, { topic: string; partition: number; offset: string }[]>();
  for (const { consumer, batch } of batches) {
    const offsets = byConsumer.get(consumer) ?? byConsumer.set(consumer, []).get(consumer)!;
    offsets.push({ topic: batch.topic, partition: batch.partition, offset: nextOffsetOf(batch) });
  }
  await Promise.all([...byConsumer].map(([consumer, offsets]) => consumer.commitOffsets(offsets)));
}

const isDeadLetter = (x: RecordedEvent | DeadLetter): x is DeadLetter => 'reason' in x;

/** A partition's batch, decoded, with the consumer that fetched it. */
interface DecodedBatch {
  readonly consumer: Consumer;
  readonly batch: Batch;
  readonly events: RecordedEvent[];
  readonly deadLetters: DeadLetter[];
}

function decodeBatch(consumer: Consumer, batch: Batch): DecodedBatch {
  const decoded = batch.messages.map(decodeMessage);
  return { consumer, batch, events: decoded.filter((x): x is RecordedEvent => !isDeadLetter(x)), deadLetters: decoded.filter(isDeadLetter) };
}

/**
 * Transactions a projector has in flight at most: the next fetch's batches are locked, read, folded and
 * written while the last one's commit is under way, Node's work beside PostgreSQL's.
 */
const IN_FLIGHT = 2;

/**
 * The async daemon, in Marten's words: it keeps the read models following the log, in the background.
 * Consumes the event topic and applies each batch to the read models in one PostgreSQL transaction,
 * with the partition's next offset and any dead letters. Kafka's own offset is committed after that,
 * so a crash in between only redelivers events the read models already skip. Partitions are consumed
 * concurrently and their batches that arrive together share a transaction: a live projector sees
 * small batches on every partition, and a transaction each made the fixed cost of one the main cost.
 *
 * A fetch's handlers return once its transaction holds its locks, so kafkajs fetches the next while
 * that transaction writes and commits. Transactions write and commit in the order their batches were
 * fetched, each waiting for the one before it (TransactionTurns), and a failed one fails those after
 * it: neither PostgreSQL's offsets nor Kafka's pass a batch that did not commit. kafkajs never sees
 * that failure (its handler has returned), so the consumer is replaced, and the new one fetches again
 * from the offsets committed to Kafka.
 */
@Injectable()
export class Projector implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(Projector.name);
  private readonly kafka: Kafka;
  private consumer: SupervisedConsumer | null = null;
  /** The last error the projector met, for status and health; null once a batch succeeds again. */
  lastError: string | null = null;
  private groupId: string;
  private applyTo: ApplyTo;
  /** The current consumer's transactions: a replaced consumer's end before a new one starts. */
  private turns = new TransactionTurns(IN_FLIGHT);
  /**
   * Uncapped: no more than one batch per partition is ever waiting. The batches of one fetch, one a
   * partition, share a transaction; its handlers wait only until it holds its locks.
   */
  private readonly batches = new GroupCommit<DecodedBatch, void>(
    async (batches) => {
      await this.begin(batches);
      return batches.map(() => undefined);
    },
    Number.MAX_SAFE_INTEGER,
    { gatherTurn: true },
  );

  constructor(
    private readonly config: ParleyConfig,
    private readonly writer: ProjectionWriter,
    private readonly metrics: ParleyMetrics,
  ) {
    this.kafka = createKafka(config, 'projector');
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.writer.register();
    // Not awaited: with the broker away at start the service still starts, serves reads and takes writes
    // into the outbox, while the consumer is retried in the background (its state gauge says so).
    this.supervise(this.config.kafka.groupId, 'blue').startInBackground();
  }

  /** Consumes the topic from its start under `groupId` into `targets`, a replay's own; fails if the broker is away. */
  async consume(groupId: string, targets: readonly GenerationTarget[]): Promise<void> {
    await this.supervise(groupId, targets).start();
  }

  private supervise(groupId: string, applyTo: ApplyTo): SupervisedConsumer {
    this.groupId = groupId;
    this.applyTo = applyTo;
    this.consumer = new SupervisedConsumer({
      create: () =>
        this.kafka.consumer({
          groupId,
          allowAutoTopicCreation: false,
          sessionTimeout: 10_000,
          heartbeatInterval: 1_000,
          maxWaitTimeInMs: 100,
        }),
      start: async (consumer) => {
        await ensureTopic(this.kafka, this.config);
        await this.run(consumer);
      },
      // Mirrored in a gauge, so operators see a crashed, rebalancing or broker-less projector.
      report: (state) => this.metrics.consumerState(groupId, state),
      onFailure: (error) => (this.lastError = String(error)),
      logger: this.logger,
    });
    return this.consumer;
  }

  async onApplicationShutdown(): Promise<void> {
    // Disconnecting leaves the group at once; otherwise the next member waits out the session timeout.
    // With the broker away kafkajs may retry the disconnect for longer than a shutdown may take: the
    // offsets are in PostgreSQL anyway, so the next member resumes where this one stopped.
    const stopped = this.consumer?.stop().then(
      () => true,
      (error) => this.logger.warn(`disconnect: ${String(error)}`),
    );
    const settled = stopped?.then(() => this.turns.settled());
    if ((await Promise.race([settled, sleep(STOP_MS, false, { ref: false })])) === false) {
      this.logger.warn(`the consumer did not leave its group within ${STOP_MS} ms; stopping without it`);
    }
  }

  private async run(consumer: Consumer): Promise<void> {
    // A replaced consumer's transactions end first: each fails, or commits before any of this one's.
    await this.turns.settled();
    const turns = (this.turns = new TransactionTurns(IN_FLIGHT));
    // The relay publishes in transactions: a fetch may bring only a commit marker or an aborted page,
    // which kafkajs passes over without a batch to apply. Where it ended is recorded all the same, or a
    // replay waiting for the group to reach the partition's end (past that marker) would wait forever.
    consumer.on(consumer.events.END_BATCH_PROCESS, ({ payload }) => {
      if (payload.batchSize > 0 || payload.lastOffset === null) return;
      // Only past batches that committed: a replay counts the group done by these offsets.
      turns
        .committed()
        .then(() => this.writer.recordOffsets({ groupId: this.groupId, offsets: [{ topic: payload.topic, partition: payload.partition, nextOffset: Number(payload.lastOffset) + 1 }] }))
        .catch((error: unknown) => this.logger.warn(`recording the offset past ${payload.topic}/${payload.partition}@${payload.lastOffset}: ${String(error)}`));
    });
    await consumer.connect();
    await consumer.subscribe({ topic: this.config.kafka.topic, fromBeginning: true });
    await consumer.run({
      // At most one batch per partition is in flight, so a group commit never holds two of one partition.
      partitionsConsumedConcurrently: this.config.kafka.partitions,
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
        if (!isRunning() || isStale() || batch.messages.length === 0) return;
        // A batch that failed before it held its locks is left unresolved: its consumer is being replaced.
        const begun = await this.batches.submit(decodeBatch(consumer, batch)).then(
          () => true,
          () => false,
        );
        if (begun) resolveOffset(batch.lastOffset());
        await heartbeat();
      },
    });
  }

  /** Begins the batches' transaction, and returns once it holds its locks; once it commits, its offsets go to Kafka. */
  private async begin(batches: readonly DecodedBatch[]): Promise<void> {
    await this.turns.begin((turn) => {
      const committed = this.applyBatches(batches, turn);
      committed.then(
        () => {
          this.lastError = null;
          commitToKafka(batches).catch((error: unknown) => this.logger.warn(`committing offsets to Kafka: ${String(error)}`));
        },
        (error: Error) => {
          this.lastError = String(error);
          this.consumer?.replace(error);
        },
      );
      return committed;
    });
  }

  private async applyBatches(batches: readonly DecodedBatch[], turn: BatchTurn): Promise<void> {
    const events = batches.flatMap((b) => b.events);
    // Where each partition got to is recorded with the streams' versions, in the same statement.
    const offsets = batches.map(({ batch }) => ({ topic: batch.topic, partition: batch.partition, nextOffset: Number(nextOffsetOf(batch)) }));
    await this.writer.applyInTransaction(this.applyTo, events, {
      consumed: { groupId: this.groupId, offsets },
      turn,
      beforeCommit: async (runner) => {
        for (const { batch, deadLetters } of batches) await this.storeDeadLetters(runner, batch, deadLetters);
      },
    });
    this.metrics.projectedEvents.inc({ outcome: 'applied' }, events.length);
    this.metrics.projectedEvents.inc({ outcome: 'dead_letter' }, batches.reduce((n, b) => n + b.deadLetters.length, 0));
    // One line per event, carrying the correlation id of the request that wrote it.
    for (const { eventId, type, streamId, position, metadata } of events) {
      this.logger.debug({ msg: 'event projected', eventId, type, streamId, position, correlationId: metadata.correlationId, causationId: metadata.causationId });
    }
  }

  private async storeDeadLetters(runner: QueryRunner, batch: Batch, deadLetters: DeadLetter[]): Promise<void> {
    for (const { message, reason } of deadLetters) {
      this.logger.warn(`dead letter at ${batch.topic}/${batch.partition}@${message.offset}: ${reason}`);
      await runner.query(
        `INSERT INTO dead_letters (topic, partition, kafka_offset, message_key, message_value, reason)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (topic, partition, kafka_offset) DO NOTHING`,
        [batch.topic, batch.partition, message.offset, message.key?.toString('utf8') ?? null, message.value?.toString('utf8') ?? null, reason],
      );
    }
  }
}
