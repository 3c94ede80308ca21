import { logLevel } from 'kafkajs';

export interface KafkaLogEntry {
  readonly namespace: string;
  readonly level: logLevel;
  readonly log: { readonly message: string; readonly error?: unknown; readonly [field: string]: unknown };
}

export type LogMethod = 'error' | 'warn' | 'debug' | null;

/**
 * kafkajs warns whenever an idempotent producer's retries are bounded; they are bounded on purpose, so
 * the relay can report a broker outage and back off (and then settles what its last transaction left).
 */
const EXPECTED_WARNING = 'Limiting retries for the idempotent producer';

/**
 * Answers the broker gives while a consumer group forms (a new group, a restarted broker) and while a
 * topic just created gets its partition leaders: Kafka's retriable codes 3, 5, 6, 14, 15 and 16. kafkajs
 * logs each at error level as it receives it, then refreshes its metadata and retries. Should the retries
 * run out, that is still told: kafkajs logs the consumer's crash as an error, the relay warns of the publish.
 */
const WHILE_STARTING = new Set([
  'This server does not host this topic-partition',
  'There is no leader for this topic-partition as we are in the middle of a leadership election',
  'This server is not the leader for that topic-partition',
  "The coordinator is loading and hence can't process requests for this group",
  'The group coordinator is not available',
  'This is not the correct coordinator for this group',
  // Code 51, CONCURRENT_TRANSACTIONS: the relay's next page asked to join its partitions to a transaction
  // while the coordinator still wrote the last page's commit markers. Retried by kafkajs.
  'The producer attempted to update a transaction while another concurrent operation on the same transaction was ongoing',
]);

/** What kafkajs's producer logs before it retries a send, the broker's answer after it. */
const SEND_RETRIED = 'Failed to send messages: ';

/** The level a kafkajs log line is written at in Parley's log, or null for none. */
export function kafkaLogMethod({ level, log }: KafkaLogEntry): LogMethod {
  if (log.message.startsWith(EXPECTED_WARNING)) return null;
  if (level === logLevel.ERROR) {
    const answer = log.message.startsWith(SEND_RETRIED) ? log.message.slice(SEND_RETRIED.length) : log.error;
    return typeof answer === 'string' && WHILE_STARTING.has(answer) ? 'debug' : 'error';
  }
  if (level === logLevel.WARN) return 'warn';
  return 'debug';
}
