import { logLevel } from 'kafkajs';

export interface KafkaLogEntry {
  readonly namespace: string;
  readonly level: logLevel;
  readonly log: { readonly message: string; readonly error?: unknown; readonly [field: string]: unknown };
}

export type LogMethod = 'error' | 'warn' | 'debug' | null;

/**
 * kafkajs warns whenever an idempotent producer's retries are bounded; they are bounded on purpose, so
 * the relay can report a broker outage and back off, and the projector removes duplicates anyway.
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
]);

/** The level a kafkajs log line is written at in Parley's log, or null for none. */
export function kafkaLogMethod({ level, log }: KafkaLogEntry): LogMethod {
  if (log.message.startsWith(EXPECTED_WARNING)) return null;
  if (level === logLevel.ERROR) return typeof log.error === 'string' && WHILE_STARTING.has(log.error) ? 'debug' : 'error';
  if (level === logLevel.WARN) return 'warn';
  return 'debug';
}
