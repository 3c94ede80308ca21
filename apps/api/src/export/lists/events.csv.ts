import { RecordedEvent } from '@parley/domain';
import { asJson, column, table } from '../csv-table';
import { listExport } from '../list-export';

/** The event log as stored: one row per event, its data kept whole as JSON, since each type has its own fields. */
export const EVENTS_CSV = listExport<{ events: RecordedEvent[] }, RecordedEvent>({
  route: '/api/v1/events',
  name: 'events',
  table: table<RecordedEvent>([
    column('position', (e) => e.position),
    column('event_id', (e) => e.eventId),
    column('type', (e) => e.type),
    column('schema_version', (e) => e.schemaVersion),
    column('stream_id', (e) => e.streamId),
    column('stream_version', (e) => e.streamVersion),
    column('occurred_at', (e) => e.occurredAt),
    column('recorded_at', (e) => e.recordedAt),
    column('correlation_id', (e) => e.metadata.correlationId),
    column('causation_id', (e) => e.metadata.causationId),
    column('publisher', (e) => e.metadata.source?.publisher),
    column('source_url', (e) => e.metadata.source?.url),
    column('data', (e) => asJson(e.data)),
  ]),
  rows: (page) => page.events,
});
