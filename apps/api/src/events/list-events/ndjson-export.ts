import { RecordedEvent } from '@parley/domain';
import { EventStore, ReadAllFilter } from '@parley/event-store';
import { Readable } from 'node:stream';

/** Events per query: a page waits in memory while the client takes it, so a small one. */
export const EXPORT_PAGE = 200;
/** Bytes read ahead of what the client has taken; the export reads no further until it takes more. */
export const READ_AHEAD_BYTES = 64 * 1024;

/**
 * The log as NDJSON, one event per line, read page by page from a cursor (the position of the last
 * event sent) only as fast as the client takes it, line by line: a client that stops reading holds a
 * small page and the read-ahead. Pages of a thousand events, each sent as one chunk, held a megabyte each.
 */
export function ndjsonExport(store: EventStore, filter: Omit<ReadAllFilter, 'limit'>, max = Infinity): Readable {
  async function* lines(): AsyncGenerator<string> {
    for await (const event of exportedEvents(store, filter, max)) yield `${JSON.stringify(event)}\n`;
  }
  return Readable.from(lines(), { objectMode: false, highWaterMark: READ_AHEAD_BYTES });
}

/** The same events one by one, for an export that writes them its own way (CSV rows). */
export async function* exportedEvents(store: EventStore, filter: Omit<ReadAllFilter, 'limit'>, max = Infinity): AsyncGenerator<RecordedEvent> {
  let left = max;
  for await (const page of store.pages({ ...filter, limit: Math.min(EXPORT_PAGE, left) })) {
    yield* page.slice(0, left);
    left -= page.length;
    if (left <= 0) return;
  }
}
