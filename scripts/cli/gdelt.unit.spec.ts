import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGdeltExport } from './gdelt';

const sample = readFileSync(join(__dirname, '../../test/fixtures/gdelt-sample.export.CSV'), 'utf8');
const lines = sample.split('\n');
/** The sample's line 9: a well-formed row whose Actor1CountryCode is empty, aimed at RUS. */
const noActor1 = lines[8];

describe('reading a GDELT export', () => {
  it('given RUS and UKR chosen, when the sample is read, then it keeps their rows, leaves out two and names two bad lines', () => {
    const { rows, bad, filtered } = parseGdeltExport(sample, ['RUS', 'UKR']);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 6, 8]);
    expect(bad.map((b) => b.line)).toEqual([4, 5]);
    expect(filtered).toBe(2);
  });

  it('given a row without Actor1CountryCode, when read with no actors chosen, then it is left out, not reported bad', () => {
    expect(parseGdeltExport(noActor1)).toEqual({ rows: [], bad: [], filtered: 1 });
  });

  it('given a row without Actor1CountryCode and with a broken GLOBALEVENTID, when read, then it is reported bad', () => {
    const { bad, filtered } = parseGdeltExport(noActor1.replace(/^\d+/, 'x'), ['RUS']);
    expect(bad).toEqual([{ line: 1, reason: 'GLOBALEVENTID is not a number' }]);
    expect(filtered).toBe(0);
  });

  it('given a row whose Actor1CountryCode is not alpha-3, when read, then it is reported bad naming the code', () => {
    const cells = lines[0].split('\t');
    cells[7] = 'RU';
    expect(parseGdeltExport(cells.join('\t')).bad).toEqual([{ line: 1, reason: 'Actor1CountryCode "RU" is not an ISO alpha-3 code' }]);
  });

  it("given a row GDELT geocoded, when read, then its place keeps GDELT's coordinates, and a row without them its name alone", () => {
    const cells = lines[0].split('\t');
    [cells[56], cells[57]] = ['41.0186', '28.9647'];
    expect(parseGdeltExport(cells.join('\t')).rows[0].body.location).toEqual({ name: 'Istanbul, Istanbul, Turkey', latitude: 41.0186, longitude: 28.9647 });
    [cells[56], cells[57]] = ['141', '28.9647'];
    expect(parseGdeltExport(cells.join('\t')).rows[0].body.location).toBe('Istanbul, Istanbul, Turkey');
    expect(parseGdeltExport(lines[0]).rows[0].body.location).toBe('Istanbul, Istanbul, Turkey');
  });
});
