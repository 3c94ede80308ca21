import { readFileSync } from 'node:fs';
import { KINDS_PAGE, kindsTable, withKindsTable } from './kinds-table';

describe("the kinds table of docs/api-tour.md", () => {
  it('is the one the list of kinds gives today (run npm run docs:kinds if not)', () => {
    const page = readFileSync(KINDS_PAGE, 'utf8');
    expect(withKindsTable(page)).toBe(page);
  });

  it('lists every new kind with the code of each stage', () => {
    expect(kindsTable()).toContain('| `ceasefire` | CeasefireRecorded | `agreed`, `declared`: 0871 declare truce, ceasefire (+9); `violated`: 196 violate ceasefire (−9.5)');
  });
});
