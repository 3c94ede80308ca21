import { Kafka, KafkaJSError } from 'kafkajs';
import { setTimeout as sleep } from 'node:timers/promises';
import { allSettled } from './all-settled';

/**
 * The last committed message of each partition of a topic, read `read_committed` from its tail: where the
 * relay finds the position it last published, which every envelope carries.
 *
 * kafkajs reads a topic only through a consumer group (joining one, and leaving a group behind); its
 * cluster, which the producer, the consumer and the admin client all use inside, fetches any offset of
 * any partition. That cluster is private to kafkajs 2.x, so this module reaches it the one way kafkajs
 * itself builds one, and is the only place that does.
 */

const READ_COMMITTED = 1;
/** The first look back from a partition's end: a page's last message and its commit marker. */
const FIRST_WINDOW = 2;
const WIDER = 16;
const FETCH_BYTES = 1024 * 1024;
/** How long a partition's leader may take to answer as one, a topic just created (kafkajs's own default retry spans about as long). */
const LEADER_WAIT_MS = 30_000;

/** A record as kafkajs's fetch decodes it. */
export interface FetchedRecord {
  readonly offset: string;
  readonly key: Buffer | null;
  readonly value: Buffer | null;
  readonly headers?: Record<string, Buffer | Buffer[] | undefined>;
  readonly isControlRecord: boolean;
  readonly batchContext: { readonly producerId: string; readonly inTransaction: boolean };
}
export interface AbortedTransaction {
  readonly producerId: string;
  readonly firstOffset: string;
}

interface Broker {
  fetch(request: {
    replicaId?: number;
    isolationLevel: number;
    maxWaitTime: number;
    minBytes: number;
    maxBytes: number;
    topics: { topic: string; partitions: { partition: number; fetchOffset: string; maxBytes: number }[] }[];
  }): Promise<{
    responses: { topicName: string; partitions: { partition: number; errorCode: number; lastStableOffset: string; abortedTransactions: AbortedTransaction[]; messages: FetchedRecord[] }[] }[];
  }>;
}
interface Cluster {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  addTargetTopic(topic: string): Promise<void>;
  refreshMetadata(): Promise<void>;
  findTopicPartitionMetadata(topic: string): { partitionId: number; leader: number }[];
  findBroker(query: { nodeId: string }): Promise<Broker>;
  fetchTopicsOffset(topics: { topic: string; fromBeginning?: boolean; partitions: { partition: number }[] }[]): Promise<{ topic: string; partitions: { partition: number; offset: string }[] }[]>;
}

function clusterOf(kafka: Kafka): Cluster {
  const create = Object.getOwnPropertySymbols(kafka).find((s) => s.description === 'private:Kafka:createCluster');
  const factory = create && (kafka as unknown as Record<symbol, unknown>)[create];
  if (typeof factory !== 'function') throw new Error('this kafkajs has no cluster to read a topic with (kafkajs 2.x expected)');
  return factory({ allowAutoTopicCreation: false, isolationLevel: READ_COMMITTED }) as Cluster;
}

const ABORT_MARKER_KEY = Buffer.from([0, 0, 0, 0]);

/**
 * The data records of a fetch that belong to no aborted transaction, in offset order: Kafka's own rule for a
 * `read_committed` reader (the broker lists the aborted transactions that touch the range; each runs from its
 * first offset to its producer's abort marker), as kafkajs's consumer applies it.
 */
export function committedRecords(records: readonly FetchedRecord[], aborted: readonly AbortedTransaction[]): FetchedRecord[] {
  const pending = [...aborted].sort((a, b) => (BigInt(a.firstOffset) < BigInt(b.firstOffset) ? -1 : 1));
  const open = new Set<string>();
  const kept: FetchedRecord[] = [];
  for (const record of records) {
    while (pending.length && BigInt(record.offset) >= BigInt(pending[0].firstOffset)) open.add(pending.shift()!.producerId);
    const { producerId, inTransaction } = record.batchContext;
    if (record.isControlRecord) {
      if (record.key && Buffer.from(record.key).equals(ABORT_MARKER_KEY)) open.delete(producerId);
      continue;
    }
    if (inTransaction && open.has(producerId)) continue;
    kept.push(record);
  }
  return kept;
}

/**
 * The position of the last committed data record of one partition between `start` and `end` that
 * `positionOf` reads one from (it answers null for a record not of the relay), reading back from the end
 * in wider windows; null when none.
 */
async function lastPosition(broker: Broker, topic: string, partition: number, start: bigint, end: bigint, positionOf: PositionOf): Promise<number | null> {
  for (let window = BigInt(FIRST_WINDOW); ; window *= BigInt(WIDER)) {
    const from = end - start > window ? end - window : start;
    let last: number | null = null;
    for (let offset = from; offset < end; ) {
      const { responses } = await broker.fetch({
        isolationLevel: READ_COMMITTED,
        maxWaitTime: 0,
        minBytes: 0,
        maxBytes: FETCH_BYTES,
        topics: [{ topic, partitions: [{ partition, fetchOffset: offset.toString(), maxBytes: FETCH_BYTES }] }],
      });
      const answer = responses[0]?.partitions.find((p) => p.partition === partition);
      if (!answer) throw new Error(`no fetch answer for ${topic}/${partition}`);
      if (answer.errorCode !== 0) throw new Error(`fetching ${topic}/${partition} at ${offset} failed with Kafka error ${answer.errorCode}`);
      const at = offset;
      const records = answer.messages.filter((m) => BigInt(m.offset) >= at && BigInt(m.offset) < end);
      if (records.length === 0) break;
      for (const record of committedRecords(records, answer.abortedTransactions ?? [])) last = positionOf(record) ?? last;
      offset = BigInt(records[records.length - 1].offset) + 1n;
    }
    if (last !== null || from === start) return last;
  }
}

/** The position a record carries, or null for a record it does not recognise (one not written by the relay). */
export type PositionOf = (record: FetchedRecord) => number | null;

/**
 * The highest position over the last committed record of each partition that carries one, or null when
 * the topic holds none. Read after the topic's transactional producer was fenced, when no transaction is open.
 */
export async function highestAtTail(kafka: Kafka, topic: string, positionOf: PositionOf): Promise<number | null> {
  const cluster = clusterOf(kafka);
  await cluster.connect();
  try {
    await cluster.addTargetTopic(topic);
    return await whileLeadersSettle(() => highestOf(cluster, topic, positionOf), () => cluster.refreshMetadata());
  } finally {
    await cluster.disconnect().catch(() => undefined);
  }
}

/**
 * A broker the metadata names as a partition's leader may answer "not the leader" for a moment after the
 * topic was created or a broker restarted; kafkajs's own clients retry such answers on fresh metadata, and
 * so does this, up to a deadline.
 */
export async function whileLeadersSettle<T>(read: () => Promise<T>, refreshMetadata: () => Promise<void>, waitMs = LEADER_WAIT_MS): Promise<T> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      return await read();
    } catch (error) {
      if (!(error instanceof KafkaJSError && error.retriable) || Date.now() > deadline) throw error;
    }
    await sleep(100);
    await refreshMetadata();
  }
}

async function highestOf(cluster: Cluster, topic: string, positionOf: PositionOf): Promise<number | null> {
  const partitions = cluster.findTopicPartitionMetadata(topic);
  // The last stable offset: the end of what read_committed readers may see.
  const offsets = (fromBeginning: boolean) => cluster.fetchTopicsOffset([{ topic, fromBeginning, partitions: partitions.map((p) => ({ partition: p.partitionId })) }]);
  // Both settle before the caller disconnects the cluster, even when one fails (allSettled).
  const [[starts], [ends]] = await allSettled([offsets(true), offsets(false)]);
  const at = (list: typeof ends, partition: number) => BigInt(list.partitions.find((p) => p.partition === partition)!.offset);
  // One partition at a time: kafkajs opens a broker's fetch connection on its first Fetch, and two first
  // Fetches at once each open a socket, the first of them never closed (it kept the process alive).
  let highest: number | null = null;
  for (const { partitionId, leader } of partitions) {
    const [start, end] = [at(starts, partitionId), at(ends, partitionId)];
    if (end <= start) continue;
    const position = await lastPosition(await cluster.findBroker({ nodeId: String(leader) }), topic, partitionId, start, end, positionOf);
    if (position !== null) highest = Math.max(highest ?? position, position);
  }
  return highest;
}
