import { EventEnvelopeJson } from '@parley/domain';

/** One row of the events table as pg returns it (bigint as string, timestamptz as Date). */
export interface EventRow {
  position: string;
  event_id: string;
  stream_id: string;
  stream_version: number;
  type: string;
  schema_version: number;
  data: unknown;
  metadata: Record<string, unknown>;
  occurred_at: Date;
  recorded_at: Date;
}

export const SELECT_EVENT_COLUMNS =
  'position, event_id, stream_id, stream_version, type, schema_version, data, metadata, occurred_at, recorded_at';

/** The row as the JSON envelope published on Kafka, in the schema version it was written with. */
export const rowToEnvelope = (row: EventRow): EventEnvelopeJson => ({
  eventId: row.event_id,
  type: row.type,
  schemaVersion: row.schema_version,
  streamId: row.stream_id,
  streamVersion: row.stream_version,
  position: Number(row.position),
  occurredAt: row.occurred_at.toISOString(),
  recordedAt: row.recorded_at.toISOString(),
  data: row.data,
  metadata: row.metadata,
});

/** A row read with SELECT_ENVELOPE_TEXT_COLUMNS. */
export type EventTextRow = Omit<EventRow, 'data' | 'metadata'> & { data: string; metadata: string };

/** The columns of an envelope whose data and metadata stay the JSON text PostgreSQL stores. */
export const SELECT_ENVELOPE_TEXT_COLUMNS =
  'position, event_id, stream_id, stream_version, type, schema_version, data::text AS data, metadata::text AS metadata, occurred_at, recorded_at';

/**
 * The envelope as JSON, its data and metadata spliced in as PostgreSQL's text of them: what the relay
 * sends, without parsing every payload into objects only to serialise it again.
 */
export function rowToEnvelopeJson({ data, metadata, ...row }: EventTextRow): string {
  const { data: _data, metadata: _metadata, ...head } = rowToEnvelope({ ...row, data: null, metadata: {} });
  return `${JSON.stringify(head).slice(0, -1)},"data":${data},"metadata":${metadata}}`;
}

/** A timestamp as `Date.prototype.toISOString` writes it (PostgreSQL's MS truncates, as a Date does). */
const isoText = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The envelope's JSON made by PostgreSQL, the same as rowToEnvelopeJson's (fields in the same order):
 * the relay, whose thread the benchmark found busy parsing dates and joining strings, then only passes
 * it on. Strings go through to_json, which escapes as JSON.stringify does; uuids and numbers need none.
 */
export const ENVELOPE_JSON_SQL =
  `'{"eventId":"' || event_id || '","type":' || to_json(type)::text || ',"schemaVersion":' || schema_version ||
  ',"streamId":' || to_json(stream_id)::text || ',"streamVersion":' || stream_version || ',"position":' || position ||
  ',"occurredAt":"' || ${isoText('occurred_at')} || '","recordedAt":"' || ${isoText('recorded_at')} ||
  '","data":' || data::text || ',"metadata":' || metadata::text || '}'`;

/** What the relay reads of an event: its envelope as JSON, and what the Kafka message carries beside it. */
export interface EventWireRow {
  position: string;
  stream_id: string;
  type: string;
  event_id: string;
  envelope: string;
}
export const SELECT_EVENT_WIRE_COLUMNS = `position, stream_id, type, event_id, ${ENVELOPE_JSON_SQL} AS envelope`;
