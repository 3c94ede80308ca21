import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The header row docs/export.md gives a list, under its heading (`## developments`). */
export function documentedColumns(list: string): string[] {
  const docs = readFileSync(join(__dirname, '../../docs/export.md'), 'utf8');
  const section = docs.split(/^## /m).find((s) => s.startsWith(`${list}\n`));
  const header = section && /```csv\n(.+)\n```/.exec(section)?.[1];
  if (!header) throw new Error(`docs/export.md gives no columns for ${list}`);
  return header.split(',');
}
