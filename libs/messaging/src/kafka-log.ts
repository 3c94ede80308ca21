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
 * Answers the broker gives while a consumer group forms (a new group, a restarted broker). kafkajs logs
 * each at error level as it receives it, then retries the request: they are Kafka's own retriable
 * codes 14, 15 and 16. Should the retries run out, the consumer crashes and that is logged as an error.
 */
const WHILE_THE_GROUP_FORMS = new Set([
  "The coordinator is loading and hence can't process requests for this group",
  'The group coordinator is not available',
  'This is not the correct coordinator for this group',
]);

/** The level a kafkajs log line is written at in Parley's log, or null for none. */
export function kafkaLogMethod({ level, log }: KafkaLogEntry): LogMethod {
  if (log.message.startsWith(EXPECTED_WARNING)) return null;
  if (level === logLevel.ERROR) return typeof log.error === 'string' && WHILE_THE_GROUP_FORMS.has(log.error) ? 'debug' : 'error';
  if (level === logLevel.WARN) return 'warn';
  return 'debug';
}
