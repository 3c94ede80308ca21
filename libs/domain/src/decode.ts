import { CURRENT_SCHEMA_VERSION, EventEnvelope, ParleyEvent, RecordedEvent, isParleyEventType } from './events';
import { upcast } from './upcast';

/** An event as it travels: the stored row, or the JSON value of a Kafka message, not yet trusted. */
export interface EventEnvelopeJson extends Omit<EventEnvelope, 'metadata'> {
  readonly type: string;
  readonly occurredAt: string;
  readonly data: unknown;
  readonly metadata: Record<string, unknown>;
}

/** An event no reader can use: unknown type, or not an envelope at all. Projectors dead-letter it. */
export class UndecodableEvent extends Error {
  override readonly name = 'UndecodableEvent';
}

const ENVELOPE_FIELDS: [keyof EventEnvelopeJson, string][] = [
  ['eventId', 'string'],
  ['type', 'string'],
  ['schemaVersion', 'number'],
  ['streamId', 'string'],
  ['streamVersion', 'number'],
  ['position', 'number'],
  ['occurredAt', 'string'],
  ['recordedAt', 'string'],
  ['data', 'object'],
  ['metadata', 'object'],
];

/** Checks the envelope and turns it into the current shape of its event type, upcasting older versions. */
export function decodeEvent(value: unknown): RecordedEvent {
  if (typeof value !== 'object' || value === null) throw new UndecodableEvent('not a JSON object');
  const envelope = value as EventEnvelopeJson;
  for (const [field, type] of ENVELOPE_FIELDS) {
    if (typeof envelope[field] !== type || envelope[field] === null) {
      throw new UndecodableEvent(`envelope field ${field} is missing or not a ${type}`);
    }
  }
  if (!isParleyEventType(envelope.type)) throw new UndecodableEvent(`unknown event type ${envelope.type}`);
  const { schemaVersion, data } = upcast(envelope.type, envelope.schemaVersion, envelope.data as Record<string, unknown>, envelope.metadata);
  if (schemaVersion !== CURRENT_SCHEMA_VERSION[envelope.type]) {
    // Written by newer code, or a version no upcaster leads from: guessing its shape would corrupt the read models.
    throw new UndecodableEvent(`${envelope.type} v${envelope.schemaVersion} cannot be read as v${CURRENT_SCHEMA_VERSION[envelope.type]}`);
  }
  return { ...envelope, schemaVersion, data: data as ParleyEvent['data'] } as RecordedEvent;
}
