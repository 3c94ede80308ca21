import { Logger } from '@nestjs/common';
import { RecordedEvent } from '@parley/domain';
import { FollowedPage, FollowerTooSlow, Pace } from '@parley/event-store';
import { FastifyReply } from 'fastify';
import { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { Observable, Subscription } from 'rxjs';

/** A comment now and then: proxies keep the connection, and a client that left is noticed by the write failing. */
const HEARTBEAT_MS = 15_000;
/** How long a dropped client has to take what was written before its connection is cut. */
const FLUSH_GRACE_MS = 10_000;
/** How long an EventSource waits before it reconnects to a feed that ended. */
const RECONNECT_MS = 1_000;

const logger = new Logger('LiveFeed');
const frames = new WeakMap<FollowedPage, Buffer>();

/** One event as an SSE message, its position as id. */
const frameOf = (event: RecordedEvent) => `id: ${event.position}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;

/**
 * A page of events as SSE messages, encoded once however many feeds send it: every feed of a filter is
 * handed the same page, and each writes the same Buffer, so a few thousand feeds neither serialize nor
 * encode an event a few thousand times, nor hold a copy each of what their clients have yet to read.
 */
function framesOf(page: FollowedPage): Buffer {
  let encoded = frames.get(page);
  if (encoded === undefined) {
    encoded = Buffer.from(page.map(frameOf).join(''));
    frames.set(page, encoded);
  }
  return encoded;
}

const HEARTBEAT = Buffer.from(': \n\n');
/** The open feeds' connections: one timer writes their heartbeats, rather than a timer each. */
const beating = new Set<ServerResponse>();
let heartbeat: NodeJS.Timeout | null = null;

function beatFor(response: ServerResponse): () => void {
  beating.add(response);
  heartbeat ??= setInterval(() => {
    for (const each of beating) each.write(HEARTBEAT);
  }, HEARTBEAT_MS).unref();
  return () => {
    beating.delete(response);
    if (beating.size === 0 && heartbeat) {
      clearInterval(heartbeat);
      heartbeat = null;
    }
  };
}

/** The last frame of a feed: the position to resume after, whatever the client has read of the rest. */
const closingFrame = (why: string, position: number) => `: ${why}\nretry: ${RECONNECT_MS}\nid: ${position}\n\n`;

export type FeedEnd = 'left' | 'dropped' | 'stopping' | 'error';

export interface EventStreamOptions {
  /** The position the feed starts after: the id of its closing frame when no event was sent. */
  readonly from: number;
  /** Bytes written but not yet taken by the client: catching up waits below them, live the client is dropped past them. */
  readonly maxBufferedBytes: number;
  /** Called once, when the feed ends, with why. */
  readonly onEnd: (reason: FeedEnd) => void;
}

/**
 * Answers with the events as Server-Sent Events, written straight to the connection. Older events are
 * read only as fast as the client takes them; a client that leaves more than `maxBufferedBytes` of new
 * events unread is dropped instead of buffered for without bound: its feed ends with the `id:` of the
 * last event written, so an EventSource reconnects with that Last-Event-ID and resumes right after it.
 * Nest's own SSE support would buffer megabytes per client and then cut the connection without an id.
 */
export function sendEventStream(reply: FastifyReply, follow: (pace: Pace) => Observable<FollowedPage>, { from, maxBufferedBytes, onEnd }: EventStreamOptions): void {
  reply.hijack();
  const response = reply.raw;
  response.writeHead(200, {
    ...(reply.getHeaders() as OutgoingHttpHeaders),
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  response.flushHeaders();
  response.socket?.setNoDelay(true);
  response.socket?.setTimeout(0);
  const keepsUp = () => response.writableLength <= maxBufferedBytes;
  const pace: Pace = {
    keepsUp,
    ready: () =>
      keepsUp() || response.destroyed
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            const done = () => {
              response.off('drain', done).off('close', done);
              resolve();
            };
            response.on('drain', done).on('close', done);
          }),
  };
  let last = from;
  let ended = false;
  let subscription: Subscription | undefined;
  const stopBeating = beatFor(response);
  const end = (reason: FeedEnd, closing = '') => {
    if (ended) return;
    ended = true;
    stopBeating();
    subscription?.unsubscribe();
    if (!response.writableEnded && !response.destroyed) {
      response.end(closing);
      const cut = setTimeout(() => response.destroy(), FLUSH_GRACE_MS).unref();
      response.once('close', () => clearTimeout(cut));
    }
    onEnd(reason);
  };
  response.once('close', () => end('left'));
  subscription = follow(pace).subscribe({
    next: (page) => {
      // The events of one read go out in one write: a few thousand feeds make a syscall per event costly.
      response.write(framesOf(page));
      last = page[page.length - 1].position;
    },
    error: (error: unknown) => {
      if (error instanceof FollowerTooSlow) return end('dropped', closingFrame(`dropped: more than ${maxBufferedBytes} bytes left unread`, last));
      logger.warn(`live feed ended by an error: ${String(error)}`);
      end('error', closingFrame('interrupted', last));
    },
    complete: () => end('stopping', closingFrame('this instance is stopping', last)),
  });
  if (ended) subscription.unsubscribe();
}
