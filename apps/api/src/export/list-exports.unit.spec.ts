import { parse } from 'csv-parse/sync';
import { documentedColumns } from '../../../../test/support/documented-columns';
import { csvStream } from './csv-stream';
import { LIST_EXPORTS } from './list-exports';
import { TrackRoundsDto } from '../negotiations/get-track-rounds/get-track-rounds.response.dto';
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

  // The OpenAPI example of GET /api/v1/negotiations/{trackId}/rounds: round 3 postponed by a day, then called off, here with a reason CSV must quote.
  const example = TrackRoundsDto.schema.meta()?.example as { trackId: string; rounds: Record<string, unknown>[] };
  const reason = 'called off, "for now", by both sides\nafter a day';
  const rounds = { ...example, rounds: [{ ...example.rounds[1], reason }] };

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
      reason,
    });
  });

  it('writes the header row even when there is no row', async () => {
    expect(await text(csvStream(ROUNDS_CSV.table, []))).toBe(`${documentedColumns('rounds').join(',')}\r\n`);
  });
});
