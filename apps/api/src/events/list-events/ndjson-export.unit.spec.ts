import { RecordedEvent } from '@parley/domain';
import { EventStore, ReadAllFilter } from '@parley/event-store';
import { EXPORT_PAGE, READ_AHEAD_BYTES, ndjsonExport } from './ndjson-export';

const EVENTS = 20_000;
/** About a kilobyte a line, as a statement with its source takes in the log. */
const PADDING = 'x'.repeat(1_000);
const lineBytes = (position: number) => Buffer.byteLength(`${JSON.stringify({ position, padding: PADDING })}\n`);

/** A log of EVENTS events that notes, at each read, how many bytes of it had been read by then. */
function loggedStore(readAt: number[]): EventStore {
  let served = 0;
  const readAll = async ({ after, limit }: ReadAllFilter) => {
    const page = Array.from({ length: Math.max(0, Math.min(limit, EVENTS - after)) }, (_, i) => ({ position: after + i + 1, padding: PADDING }));
    served += page.reduce((bytes, event) => bytes + lineBytes(event.position), 0);
    readAt.push(served);
    return page as unknown as RecordedEvent[];
  };
  return Object.assign(Object.create(EventStore.prototype) as EventStore, { readAll });
}

describe('the NDJSON export', () => {
  it('reads the log only as fast as the client takes it: never more than a page and the read-ahead beyond', async () => {
    const readAt: number[] = [];
    const lead: number[] = [];
    let taken = 0;
    let lines = 0;
    for await (const chunk of ndjsonExport(loggedStore(readAt), { after: 0 })) {
      taken += (chunk as Buffer).length;
      lines += (chunk as Buffer).toString().split('\n').length - 1;
      // How far the reads had gone beyond what the client had taken, each time it took something.
      lead.push(readAt[readAt.length - 1] - taken);
    }
    expect(lines).toBe(EVENTS);
    expect(Math.max(...lead)).toBeLessThanOrEqual(READ_AHEAD_BYTES + EXPORT_PAGE * lineBytes(EVENTS));
  });

  it('stops at the limit it is given', async () => {
    let text = '';
    for await (const chunk of ndjsonExport(loggedStore([]), { after: 10 }, 250)) text += String(chunk);
    const positions = text.trim().split('\n').map((line) => JSON.parse(line).position);
    expect(positions).toEqual(Array.from({ length: 250 }, (_, i) => 11 + i));
  });
});
