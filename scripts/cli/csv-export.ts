import { parse } from 'csv-parse';
import { once } from 'node:events';
import { Readable, Writable } from 'node:stream';
import { LIST_EXPORTS } from '../../apps/api/src/export/list-exports';

/** The lists `npm run export` knows, by the names their CSV files have: developments, rounds, events… */
export const EXPORT_NAMES = LIST_EXPORTS.map((list) => list.name);

/** A list's path with its route parameters (`:trackId`, `:dyad`) filled from the options, and the other options as its query. */
export function listUrl(base: string, name: string, options: Record<string, string | undefined>): URL {
  const list = LIST_EXPORTS.find((l) => l.name === name);
  if (!list) throw new Error(`no list ${name}; one of ${EXPORT_NAMES.join(', ')}`);
  const query = { ...options };
  const path = list.route.replace(/:(\w+)/g, (_, param: string) => {
    const value = query[param];
    if (!value) throw new Error(`${name} needs --${param}`);
    delete query[param];
    return encodeURIComponent(value);
  });
  const url = new URL(path, base);
  for (const [field, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(field, value);
  return url;
}

const nextPage = (link: string | null): string | null => /<([^>]+)>\s*;\s*rel="next"/.exec(link ?? '')?.[1] ?? null;

export interface PageDone {
  readonly rows: number;
  readonly pages: number;
  /** Another page follows. */
  readonly more: boolean;
}

/** Writes a chunk, waiting while the output is full. */
async function write(out: Writable, chunk: Buffer): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/** Writes one page's CSV as it arrives, its header row only when asked; answers how many rows it held. */
async function copyPage(body: Readable, out: Writable, withHeader: boolean): Promise<number> {
  let rows = -1;
  // Rows are counted as CSV (a quoted line break is not a row); the bytes are copied as they came.
  const counter = parse().on('data', () => (rows += 1));
  let skipping = !withHeader;
  let held = Buffer.alloc(0);
  for await (const chunk of body) {
    counter.write(chunk);
    if (!skipping) {
      await write(out, chunk);
      continue;
    }
    // The header row is plain column names: it ends at the first CRLF.
    held = Buffer.concat([held, chunk]);
    const end = held.indexOf('\r\n');
    if (end < 0) continue;
    skipping = false;
    await write(out, held.subarray(end + 2));
  }
  counter.end();
  await once(counter, 'end');
  return Math.max(rows, 0);
}

/**
 * A list as one CSV: asked for as text/csv, page after page by the Link each page ends with,
 * the header row once and every row after it, exactly as the service wrote them.
 */
export async function exportCsv(first: URL, out: Writable, onPage: (done: PageDone) => void = () => undefined): Promise<PageDone> {
  let url: URL | null = first;
  let done: PageDone = { rows: 0, pages: 0, more: true };
  while (url) {
    const response = await fetch(url, { headers: { Accept: 'text/csv' } }).catch((failure: unknown) => {
      throw new Error(`cannot reach Parley at ${url?.origin}: ${String((failure as Error)?.message ?? failure)}`, { cause: failure });
    });
    if (!response.ok || !response.body) throw new Error(`${url.pathname} answered ${response.status}: ${await response.text()}`);
    const rows = await copyPage(Readable.fromWeb(response.body as never), out, done.pages === 0);
    const next = nextPage(response.headers.get('link'));
    url = next ? new URL(next, url) : null;
    done = { rows: done.rows + rows, pages: done.pages + 1, more: url !== null };
    onPage(done);
  }
  return done;
}
