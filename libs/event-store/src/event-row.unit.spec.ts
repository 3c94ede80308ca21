import { EventRow, rowToEnvelope, rowToEnvelopeJson } from './event-row';

describe('the envelope the relay publishes', () => {
  const row: EventRow = {
    position: '307',
    event_id: '0b6f1a52-7c1e-4d2a-9a57-3f0c1f7e2b11',
    stream_id: 'exchange-2025-06-09',
    stream_version: 1,
    type: 'PrisonerExchangeRecorded',
    schema_version: 2,
    data: { released: [{ side: 'RUS', count: 307 }, { side: 'UKR', count: 307 }], note: 'quote "and" \\ backslash' },
    metadata: { correlationId: 'c-1', source: { publisher: 'Reuters' } },
    occurred_at: new Date('2025-05-23T10:00:00.000Z'),
    recorded_at: new Date('2025-05-23T12:30:00.123Z'),
  };

  it('is, from the stored JSON text of data and metadata, the same envelope as from their parsed values', () => {
    // given the row as PostgreSQL gives its jsonb as text (with its own spacing)
    const text = { ...row, data: JSON.stringify(row.data, null, 1), metadata: JSON.stringify(row.metadata, null, 1) };

    // when the relay serialises it
    const json = rowToEnvelopeJson(text);

    // then it parses to the envelope, fields in the same order
    expect(JSON.parse(json)).toEqual(rowToEnvelope(row));
    expect(Object.keys(JSON.parse(json))).toEqual(Object.keys(rowToEnvelope(row)));
  });
});
