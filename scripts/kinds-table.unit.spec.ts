import { readFileSync } from 'node:fs';
import { README, kindsTable, withKindsTable } from './kinds-table';

describe("the README's kinds table", () => {
  it('is the one the list of kinds gives today (run npm run docs:kinds if not)', () => {
    const readme = readFileSync(README, 'utf8');
    expect(withKindsTable(readme)).toBe(readme);
  });

  it('lists every new kind with the code of each stage', () => {
    expect(kindsTable()).toContain('| `ceasefire` | CeasefireRecorded | `agreed`, `declared`: 0871 declare truce, ceasefire (+9); `violated`: 196 violate ceasefire (−9.5)');
  });
});
