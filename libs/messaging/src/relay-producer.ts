import { Message, PartitionMetadata, Partitioners, Producer, ProducerConfig } from 'kafkajs';

/** The relay's side of Kafka: its producer's settings, the size of a page's requests, and the checks on their acknowledgements. */

/**
 * Events published per Kafka transaction at most. A transaction's own cost (its round trips and
 * commit markers) is the same for 1 event or 4,000: large pages spread it.
 */
export const RELAY_BATCH = 4_000;
/**
 * Bytes of one partition's batch in a request, under the broker's default limit on it (message.max.bytes,
 * 1 MiB) with room for framing: a page of large events, as a backlog after an outage holds, would
 * otherwise be refused whole, and again on every retry, and the relay would publish nothing more.
 */
const RELAY_PARTITION_BYTES = 768 * 1024;

/** How many messages from the first fit, each partition's batch within its bytes; the first always goes, whatever its size. */
export function fitting(messages: Message[]): number {
  const bytes = new Map<number, number>();
  for (let i = 0; i < messages.length; i++) {
    const { key, value, headers, partition } = messages[i];
    const size = Buffer.byteLength(key as string) + Buffer.byteLength(value as string) + Object.values(headers ?? {}).reduce((n: number, h) => n + Buffer.byteLength(h as string), 0);
    const total = (bytes.get(partition!) ?? 0) + size;
    if (total > RELAY_PARTITION_BYTES && i > 0) return i;
    bytes.set(partition!, total);
  }
  return messages.length;
}

/**
 * How long a page's transaction may stay open: a relay gone mid-page holds back `read_committed`
 * consumers of its partitions until the broker aborts it, or until the next relay starts and does.
 */
export const RELAY_TRANSACTION_TIMEOUT_MS = 30_000;

/**
 * Ordered and exactly once: one request in flight, idempotent, and each page a transaction under the
 * relay's stable transactional id, so a relay that starts fences off one that is gone.
 *
 * Retries start at 2 ms: the broker answers a page's first request CONCURRENT_TRANSACTIONS until it
 * has written the last page's commit markers, a few milliseconds after acknowledging the commit, and
 * kafkajs retries that like any error. From 200 ms, a page of one event took 14–117 ms on the local
 * broker, 3–6 ms from 10 ms (bench/README.md); from 2 ms a live page's transaction took half as long
 * again (p50 16–22 ms against 33–42 on a loaded machine). Doubling up to 5 s over 15 retries keeps about
 * the 20 s of patience a broker outage or a leader election needs.
 */
export const relayProducerOptions = (transactionalId: string): ProducerConfig => ({
  transactionalId,
  idempotent: true,
  maxInFlightRequests: 1,
  transactionTimeout: RELAY_TRANSACTION_TIMEOUT_MS,
  allowAutoTopicCreation: false,
  createPartitioner: Partitioners.DefaultPartitioner,
  retry: { initialRetryTime: 2, retries: 15, maxRetryTime: 5_000 },
});

/**
 * The consumer group whose offset relays before this one recorded, in the same Kafka transaction as each
 * page, the position of the page's last event (two more round trips a page). Nothing consumes under this
 * group; its one offset (partition 0 of the topic) is a log position. Relays now read the position from
 * the topic's tail and only read this offset, for a deployment upgraded from them.
 */
export const publishedPositionGroup = (transactionalId: string): string => `${transactionalId}.published`;

/** The producer of this relay, with the topic's partitions as it found them. */
export interface RelayProducer {
  readonly producer: Producer;
  readonly partitions: PartitionMetadata[];
  /** Every partition led by one broker (a single-broker cluster): a page goes in one send. */
  readonly oneLeader: boolean;
}

export const partitionOf = Partitioners.DefaultPartitioner();

/** Whether a page's acknowledgements name every partition it was sent to, each once, and no other. */
export function acknowledgedOnceEach(sent: readonly number[], acknowledged: readonly number[]): boolean {
  const expected = new Set(sent);
  return acknowledged.length === expected.size && new Set(acknowledged).size === acknowledged.length && acknowledged.every((p) => expected.has(p));
}
