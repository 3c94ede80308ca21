import { parse } from 'csv-parse/sync';
import { documentedColumns } from '../../../../test/support/documented-columns';
import { csvStream } from './csv-stream';
import { LIST_EXPORTS } from './list-exports';
import { ROUNDS_CSV } from './lists/negotiations.csv';

const text = async (stream: NodeJS.ReadableStream): Promise<string> => {
  let all = '';
  for await (const chunk of stream) all += chunk;
  return all;
};

describe('the CSV exports', () => {
  it.each(LIST_EXPORTS.map((list) => [list.name, list]))('writes %s with the columns docs/export.md gives, in that order', (name, list) => {
    expect(list.table.header).toEqual(documentedColumns(name));
  });

  it('names every list once, and every route once', () => {
    expect(new Set(LIST_EXPORTS.map((l) => l.name)).size).toBe(LIST_EXPORTS.length);
    expect(new Set(LIST_EXPORTS.map((l) => l.route)).size).toBe(LIST_EXPORTS.length);
  });

  // The shape GET /api/v1/negotiations/{trackId}/rounds answers with: round 3 postponed by a day, then called off.
  const rounds = {
    trackId: 'russia-ukraine',
    rounds: [
      {
        round: 3,
        status: 'cancelled',
        format: 'in_person',
        city: 'Istanbul',
        venue: 'Ciragan Palace',
        hostCountry: 'TUR',
        mediators: ['TUR'],
        scheduledStart: '2025-07-24T16:00:00.000Z',
        originalScheduledStart: '2025-07-23T16:00:00.000Z',
        postponements: [{ from: '2025-07-23T16:00:00.000Z', to: '2025-07-24T16:00:00.000Z', reason: 'delegations not ready' }],
        startedAt: null,
        endedAt: null,
        delayMinutes: null,
        durationMinutes: null,
        outcomes: [],
        reason: 'called off, "for now", by both sides\nafter a day',
        cancelledAt: '2025-07-23T09:00:00.000Z',
      },
    ],
  };

  it("writes a track's rounds a row each, quoting what holds commas, quotes and line breaks, and reads back the same", async () => {
    const csv = await text(csvStream(ROUNDS_CSV.table, ROUNDS_CSV.rows(rounds)));
    expect(csv).toContain('"called off, ""for now"", by both sides\nafter a day"');
    expect(csv.endsWith('\r\n')).toBe(true);
    const [row] = parse(csv, { columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({
      track_id: 'russia-ukraine',
      round: '3',
      status: 'cancelled',
      host_country: 'TUR',
      postponements: '1',
      started_at: '',
      delay_minutes: '',
      outcomes: '',
      reason: rounds.rounds[0].reason,
    });
  });

  it('writes the header row even when there is no row', async () => {
    expect(await text(csvStream(ROUNDS_CSV.table, []))).toBe(`${documentedColumns('rounds').join(',')}\r\n`);
  });
});
