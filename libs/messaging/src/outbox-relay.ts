import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ParleyConfig } from '@parley/config';
import { EventWireRow, OUTBOX_CHANNEL, SELECT_EVENT_WIRE_COLUMNS } from '@parley/event-store';
import { ParleyMetrics } from '@parley/metrics';
import { CompressionTypes, Kafka, Message } from 'kafkajs';
import { Client } from 'pg';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { createKafka, ensureTopic } from './kafka';
import { allSettled } from './all-settled';
import { PositionOf, highestAtTail } from './topic-tail';
import { RELAY_BATCH, RelayProducer, acknowledgedOnceEach, fitting, partitionOf, publishedPositionGroup, relayProducerOptions } from './relay-producer';

/** Fallback wake-up when a notification is missed (the listener reconnecting, say). */
const POLL_MS = 1_000;
const MAX_BACKOFF_MS = 5_000;
/** Only one relay publishes at a time, so the topic receives the log in order. */
const RELAY_LOCK = 7_238_561;
/** How long shutdown may spend publishing what is left of the log, however Kafka answers. */
export const SHUTDOWN_FLUSH_MS = 10_000;

/**
 * Publishes the log to Kafka in position order, keyed by stream id, exactly once: the log is the outbox.
 * Each page, the events after the published position, is one Kafka transaction. Positions are gap-free
 * and become visible in order, so "after the published position" misses nothing. After any failure, and
 * at start, a new producer with the same transactional id settles what the last one left (an open page
 * aborted, a page whose commit was under way finished), then the published position is read back from
 * the topic itself: every envelope carries its position, pages commit in order, so the highest position
 * among the last committed message of each partition (read `read_committed`) is the last page's last.
 * A page whose acknowledgement was lost is not sent again, one that did not commit is, and consumers
 * reading `read_committed` never see an aborted page. `relay_cursor` keeps a copy of the position after
 * each page, for readiness and the backlog metric; it is also the floor, for a log migrated from the
 * outbox table or an empty topic. Relays before this one kept the position in a consumer group's offset
 * (publishedPositionGroup), committed with each page: it is read too, for a deployment upgraded from them.
 */
/**
 * The position a message of the relay carries in its envelope; null for any other message on the topic
 * (one written outside a transaction, or without the relay's headers, or not an envelope), which says
 * nothing of what the relay published.
 */
export const relayedPosition: PositionOf = ({ value, headers, batchContext }) => {
  if (!batchContext.inTransaction || !headers?.['event-id'] || !value) return null;
  try {
    const { position } = JSON.parse(value.toString()) as { position?: unknown };
    return typeof position === 'number' && Number.isSafeInteger(position) ? position : null;
  } catch {
    return null;
  }
};

@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly kafka: Kafka;
  private producer: RelayProducer | null = null;
  private listener: Client | null = null;
  /** Whether this relay holds the lock that makes it the only publisher. */
  private locked = false;
  /** Set at shutdown: publish what the log still holds until then, and stop. */
  private flushUntil: number | null = null;
  private loop: Promise<void> = Promise.resolve();
  private wake: () => void = () => undefined;
  /** The page after the one being published, read while the broker acknowledged it. */
  private nextPage: Promise<EventWireRow[]> | null = null;
  /** The last position Kafka acknowledged, as this relay's producer found and then advanced it. */
  private published = 0;
  /** The last update of relay_cursor, queued on the lock's connection while the next page goes out. */
  private recording: Promise<unknown> = Promise.resolve();
  /** Whether the last publish attempt reached the broker; read by health checks. */
  brokerReachable = false;

  constructor(
    private readonly config: ParleyConfig,
    private readonly dataSource: DataSource,
    private readonly metrics: ParleyMetrics,
  ) {
    this.kafka = createKafka(config, 'relay');
  }

  onApplicationBootstrap(): void {
    this.loop = this.run();
  }

  /** Runs after the HTTP server drained its requests: every write they made is in the log by now. */
  async onApplicationShutdown(): Promise<void> {
    this.flushUntil = Date.now() + SHUTDOWN_FLUSH_MS;
    this.wake();
    // Waiting for another relay's lock: give up the wait, that relay publishes our events.
    if (!this.locked) await this.listener?.end().catch(() => undefined);
    // A publish under way may wait on kafkajs's retries longer than that (the broker away): the lock is
    // let go at the deadline, by closing the connection that holds it, and what is left waits in the log.
    const flushed = await Promise.race([this.loop.then(() => true), sleep(SHUTDOWN_FLUSH_MS, false, { ref: false })]);
    if (!flushed) {
      this.logger.warn(`log not published to its head within ${SHUTDOWN_FLUSH_MS} ms; what is left is published at the next start`);
      await this.listener?.end().catch(() => undefined);
    }
    await Promise.race([this.producer?.producer.disconnect().catch(() => undefined), sleep(POLL_MS, undefined, { ref: false })]);
  }

  private async run(): Promise<void> {
    while (this.flushUntil === null) {
      try {
        await this.publishUnderLock();
      } catch (error) {
        if (this.flushUntil !== null) return;
        this.logger.warn(`outbox relay lost its database connection, reconnecting: ${String(error)}`);
        await this.sleep(POLL_MS);
      }
    }
  }

  /**
   * Holds the relay lock on a connection of its own (which also LISTENs) and publishes until that
   * connection is lost, say to a database restart: then the lock is gone too and must be taken again.
   */
  private async publishUnderLock(): Promise<void> {
    const listener = new Client({ connectionString: this.config.database.url, application_name: 'parley-relay' });
    this.listener = listener;
    let lost = false;
    const lose = () => {
      lost = true;
      this.wake();
    };
    listener.on('notification', () => this.wake());
    listener.on('error', lose);
    listener.on('end', lose);
    try {
      await listener.connect();
      await listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
      await listener.query('SELECT pg_advisory_lock($1)', [RELAY_LOCK]);
      // relay_cursor is a copy of what Kafka holds: an update lost to a crash costs nothing but a
      // warning at the next start, so its commit need not wait for the WAL to reach the disk.
      await listener.query('SET synchronous_commit TO off');
      this.locked = true;
      await this.publishWhile(() => !lost);
    } finally {
      this.locked = false;
      await this.recording;
      await listener.end().catch(() => undefined);
    }
  }

  private async publishWhile(holdsLock: () => boolean): Promise<void> {
    // Another relay may have published since an earlier hold of the lock: a page read then, and the
    // position this producer knew, are stale; a new producer reads the position back from Kafka.
    this.nextPage = null;
    await this.dropProducer();
    let backoff = 100;
    while (holdsLock()) {
      const flushUntil = this.flushUntil;
      try {
        const published = await this.publishBatch();
        backoff = 100;
        if (flushUntil !== null && (published === 0 || Date.now() > flushUntil)) return;
        if (published === 0) await this.sleep(POLL_MS);
      } catch (error) {
        this.brokerReachable = false;
        // A fresh producer after a failure: kafkajs may keep a broken connection otherwise.
        await this.dropProducer();
        // Stopping with the broker away: the events wait in the log for the next start.
        if (flushUntil !== null) return;
        this.logger.warn(`outbox publish failed, retrying in ${backoff} ms: ${String(error)}`);
        await this.sleep(backoff);
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
      }
    }
  }

  /**
   * Publishes the events after the published position; returns how many. A full page reads the next one
   * while the broker acknowledges it: positions are committed in order, so none below the page's last
   * can appear later.
   */
  private async publishBatch(): Promise<number> {
    let page = this.nextPage;
    this.nextPage = null;
    if (!this.producer) {
      // Idle with Kafka away, nothing to publish: no producer, no failure to log.
      if (page === null && (await this.backlog()) === 0) return 0;
      this.producer = await this.connectProducer();
      page = null;
    }
    const read = await (page ?? this.readAfter(this.published));
    if (read.length === 0) return 0;
    const { topic } = this.config.kafka;
    const all = read.map((row): Message => {
      const message = { key: row.stream_id, value: row.envelope, headers: { 'event-type': row.type, 'event-id': row.event_id } };
      return { ...message, partition: partitionOf({ topic, partitionMetadata: this.producer!.partitions, message }) };
    });
    // Events past what fits go in the next request, read again from its start.
    const messages = all.slice(0, fitting(all));
    const last = Number(read[messages.length - 1].position);
    const next = messages.length === RELAY_BATCH ? this.readAfter(last) : null;
    // Settled here so that a send failing first leaves no unhandled rejection; the page is read again then.
    next?.catch(() => undefined);
    const acknowledged = this.metrics.relayPublishDuration.startTimer();
    await this.publishInTransaction(this.producer, messages);
    acknowledged();
    this.published = last;
    this.metrics.relayPublished.inc(messages.length);
    this.brokerReachable = true;
    this.recordPublished(last);
    this.nextPage = next;
    return messages.length;
  }

  /**
   * One transaction: the page's messages (the last of them carries the page's last position). kafkajs, retrying a send
   * whose partitions span several leaders, skips a partition whose new leader already answered for
   * another one in that send (its messages would be missing from a page that commits), and may send a
   * partition it already wrote again under a new sequence number (twice in the page). So a page goes in
   * one send only when one broker leads every partition, a send per partition otherwise; and whatever
   * the send, its acknowledgement must name each partition once, or the page is aborted and sent again.
   * Within one partition a retry keeps its sequence numbers, so the broker drops a batch it already holds.
   */
  private async publishInTransaction({ producer, oneLeader }: RelayProducer, messages: Message[]): Promise<void> {
    const { topic } = this.config.kafka;
    const byPartition = new Map<number, Message[]>();
    for (const message of messages) {
      const list = byPartition.get(message.partition!);
      if (list) list.push(message);
      else byPartition.set(message.partition!, [message]);
    }
    const sends = oneLeader ? [[...byPartition.values()].flat()] : [...byPartition.values()];
    const transaction = await producer.transaction();
    try {
      const acknowledged: number[] = [];
      for (const part of sends) {
        const answers = await transaction.send({ topic, acks: -1, compression: CompressionTypes.None, messages: part });
        acknowledged.push(...answers.map((a) => a.partition));
      }
      if (!acknowledgedOnceEach([...byPartition.keys()], acknowledged)) {
        throw new Error(`page sent to partitions [${[...byPartition.keys()].sort()}] acknowledged for [${acknowledged.sort()}]: aborted, to be sent again`);
      }
      await transaction.commit();
    } catch (error) {
      // Aborted now if the coordinator answers; otherwise the next producer's start settles it.
      if (transaction.isActive()) await transaction.abort().catch(() => undefined);
      throw error;
    }
  }

  /**
   * A producer under the relay's transactional id, ready once whatever an earlier one left is settled;
   * then the published position is what the topic's tail says (or an older relay's offset, or the
   * cursor's floor, where they say more).
   */
  private async connectProducer(): Promise<RelayProducer> {
    const { topic, transactionalId } = this.config.kafka;
    await ensureTopic(this.kafka, this.config);
    const producer = this.kafka.producer(relayProducerOptions(transactionalId));
    const admin = this.kafka.admin();
    try {
      await producer.connect();
      // The first transaction registers the id: the coordinator fences the producer that had it and
      // completes or aborts its open transaction before answering. Nothing is sent in this one.
      await (await producer.transaction()).abort();
      await admin.connect();
      // Each read settles before the admin and the producer are let go: one still under way (the admin
      // finding the group's coordinator, say) would open a connection after their disconnect, never closed.
      const [inTopic, [offsets], [{ published: recorded }]] = await allSettled([
        highestAtTail(this.kafka, topic, relayedPosition),
        admin.fetchOffsets({ groupId: publishedPositionGroup(transactionalId), topics: [topic] }),
        this.dataSource.query(`SELECT published FROM relay_cursor`) as Promise<{ published: string }[]>,
      ]);
      const inOlderRelaysGroup = Number(offsets?.partitions.find((p) => p.partition === 0)?.offset ?? -1);
      this.published = Math.max(inTopic ?? -1, inOlderRelaysGroup, Number(recorded));
      if (this.published > Number(recorded)) {
        this.logger.warn(`${this.published - Number(recorded)} events up to position ${this.published} were published already (their acknowledgement was lost); not sent again`);
        this.recordPublished(this.published);
      }
      const [{ partitions }] = (await admin.fetchTopicMetadata({ topics: [topic] })).topics;
      return { producer, partitions, oneLeader: new Set(partitions.map((p) => p.leader)).size === 1 };
    } catch (error) {
      await producer.disconnect().catch(() => undefined);
      throw error;
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }

  /** A page of the log by position: the primary key's order, whatever the log's length. */
  private readAfter(after: number): Promise<EventWireRow[]> {
    return this.dataSource.query(`SELECT ${SELECT_EVENT_WIRE_COLUMNS} FROM events WHERE position > $1 ORDER BY position LIMIT $2`, [after, RELAY_BATCH]);
  }

  /** The head less the recorded published position: what a relay would publish. */
  private async backlog(): Promise<number> {
    const [{ n }] = await this.dataSource.query(`SELECT h.position - c.published AS n FROM event_log_head h, relay_cursor c`);
    return Number(n);
  }

  /**
   * Queued on the connection that holds the lock, so in order, and only while this relay publishes;
   * never lowered. Not waited for: the next page goes out meanwhile (a failure is the lock's loss).
   */
  private recordPublished(position: number): void {
    const update = this.listener!.query(`UPDATE relay_cursor SET published = $1 WHERE published < $1`, [position]);
    this.recording = update.catch(() => undefined);
  }

  private async dropProducer(): Promise<void> {
    await this.producer?.producer.disconnect().catch(() => undefined);
    this.producer = null;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
