import { migratedDatabase } from '../../../test/support/migrated-database';
import { EventRow, EventWireRow, SELECT_EVENT_COLUMNS, SELECT_EVENT_WIRE_COLUMNS, rowToEnvelope, rowToEnvelopeJson } from './event-row';

describe('the envelope PostgreSQL makes for the relay', () => {
  let db: Awaited<ReturnType<typeof migratedDatabase>>;

  beforeAll(async () => {
    db = await migratedDatabase();
  });
  afterAll(() => db.stop());

  it('is the envelope of the stored row, fields in the same order, whatever its strings and timestamps hold', async () => {
    // given events whose strings need escaping and whose timestamps have microseconds
    await db.dataSource.query(
      `INSERT INTO events (position, event_id, stream_id, stream_version, type, schema_version, data, metadata, occurred_at, recorded_at)
       VALUES (1, gen_random_uuid(), $1, 3, 'StatementRecorded', 2, $2, $3, '2025-05-23T10:00:00.999999Z', '2025-05-23T12:30:00.123456Z'),
              (2, gen_random_uuid(), 'plain', 1, 'TalksStarted', 1, '{}', '{}', '0999-01-02T03:04:05Z', now())`,
      [
        'stream "quoted" \\ back\nline \u0001 é 🕊',
        JSON.stringify({ quote: 'said "no" \\ \t\u001f', n: 1.5, list: [null, true] }),
        JSON.stringify({ correlationId: 'c-1', note: 'ü\u2028' }),
      ],
    );

    // when the relay reads them
    const wire: EventWireRow[] = await db.dataSource.query(`SELECT ${SELECT_EVENT_WIRE_COLUMNS} FROM events ORDER BY position`);
    const rows: EventRow[] = await db.dataSource.query(`SELECT ${SELECT_EVENT_COLUMNS} FROM events ORDER BY position`);

    // then each envelope parses to the one made in JavaScript, fields in the same order
    for (const [i, row] of rows.entries()) {
      expect(JSON.parse(wire[i].envelope)).toEqual(rowToEnvelope(row));
      expect(Object.keys(JSON.parse(wire[i].envelope))).toEqual(Object.keys(rowToEnvelope(row)));
      expect(JSON.parse(wire[i].envelope)).toEqual(JSON.parse(rowToEnvelopeJson({ ...row, data: JSON.stringify(row.data), metadata: JSON.stringify(row.metadata) })));
      expect([wire[i].position, wire[i].stream_id, wire[i].type, wire[i].event_id]).toEqual([row.position, row.stream_id, row.type, row.event_id]);
    }
  });
});
