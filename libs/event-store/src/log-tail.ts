import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { ParleyConfig } from '@parley/config';
import { RecordedEvent } from '@parley/domain';
import { Client } from 'pg';
import { Observable } from 'rxjs';
import { EventStore, ReadAllFilter } from './event-store';
import { OUTBOX_CHANNEL } from './pg-event-store';

/** Fallback wake-up, for a notification missed while the listener reconnects. */
const POLL_MS = 1_000;
/** Events per read of what is new, shared by every follower with the same filter. */
const PAGE = 1_000;
/**
 * Ticks are spaced by a millisecond for so many followers, up to MAX_SPACING_MS: each tick is a socket
 * write per follower, whatever it carries. At 2,000 feeds and 10 writes a second, spacing them by 500 ms
 * rather than 200 cut the API's CPU for the feeds from 4.7 s to 1.5 s over 30 s (bench/README.md).
 */
const FOLLOWERS_PER_MS = 4;
const MAX_SPACING_MS = 500;
/**
 * Followers handed a page before other work gets a turn. A write waits for a slice at each of its
 * round trips to PostgreSQL, so a slice is kept to a fraction of a millisecond of socket writes.
 */
const FAN_OUT_SLICE = 20;
/** Events per read for one follower catching up: what it may have unread before the next is read. */
const CATCH_UP_PAGE = 100;

export type FollowFilter = Omit<ReadAllFilter, 'after' | 'limit' | 'through'>;

/** How a follower takes events: the tail catches it up at its pace, and ends it once it falls behind live. */
export interface Pace {
  /** Resolves once the follower can take more. */
  ready(): Promise<void>;
  keepsUp(): boolean;
}

/** A follower that did not keep up with new events, ended rather than buffered for. */
export class FollowerTooSlow extends Error {
  override readonly name = 'FollowerTooSlow';
}

interface Follower {
  readonly filter: FollowFilter;
  /** Followers with equal filters share one read of each stretch of new events. */
  readonly filterKey: string;
  deliver(events: readonly RecordedEvent[]): void;
}

/**
 * Events handed to a follower together, in position order. Every follower of a filter is handed the
 * same array for a stretch of new events, so what a follower makes of it (an SSE frame, say) can be
 * made once per array and shared, however many follow.
 */
export type FollowedPage = readonly RecordedEvent[];

/**
 * One tail of the log per process, fanned out to every follower: each append notifies OUTBOX_CHANNEL
 * on commit, and the tail then reads what is new once for each distinct filter its followers use (the
 * store's own filter, so the feed and the list never disagree), however many follow. A stream per
 * follower polling and querying was what let a few thousand feeds slow every write down.
 * Followers end when the service shuts down, so they never hold it up.
 */
@Injectable()
export class LogTail implements OnModuleDestroy {
  private readonly logger = new Logger(LogTail.name);
  private readonly followers = new Set<Follower>();
  /** Completes each follower's stream at shutdown. */
  private readonly ends = new Set<() => void>();
  /** How far the tail has read the log; null while nobody follows, so an idle process reads nothing. */
  private position: number | null = null;
  /** Ticks and followers joining go one at a time: a follower joins at a position no tick is reading past. */
  private turn: Promise<unknown> = Promise.resolve();
  private running: Promise<void> | null = null;
  private listener: Client | null = null;
  private stopped = false;
  private signalled = false;
  private wake: () => void = () => (this.signalled = true);

  constructor(
    private readonly config: ParleyConfig,
    private readonly store: EventStore,
  ) {}

  /**
   * The events after `after` that pass the filter, then the new ones as they are appended, a page at a
   * time (never empty). Catching up, the follower is read for page by page, each once it is `ready`;
   * following live, one that no longer `keepsUp` is ended with FollowerTooSlow rather than buffered for.
   */
  follow(after: number, filter: FollowFilter, pace: Pace): Observable<FollowedPage> {
    return new Observable<FollowedPage>((subscriber) => {
      if (this.stopped) return subscriber.complete();
      this.running ??= this.run();
      let closed = false;
      let delivered = after;
      const emit = (events: FollowedPage) => {
        if (closed || events.length === 0) return;
        // The page as it is, shared with the other followers, unless this one has had part of it: it
        // joined the tail while the tick that read the page was under way.
        const page = events[0].position > delivered ? events : events.filter((event) => event.position > delivered);
        if (page.length === 0) return;
        delivered = page[page.length - 1].position;
        subscriber.next(page);
      };
      const follower: Follower = {
        filter,
        filterKey: JSON.stringify(filter),
        // Checked before each delivery: a burst may be larger than the limit, a follower is too slow
        // only if it has not taken what it was given before.
        deliver: (events) => (pace.keepsUp() ? emit(events) : subscriber.error(new FollowerTooSlow())),
      };
      this.catchUp(follower, after, emit, pace, () => closed).catch((error: unknown) => subscriber.error(error));
      const end = () => subscriber.complete();
      this.ends.add(end);
      return () => {
        closed = true;
        this.followers.delete(follower);
        this.ends.delete(end);
      };
    });
  }

  /**
   * Reads the follower up to where the tail has read, again while the tail moved on meanwhile, then
   * joins it to the tail between two ticks: from there each tick hands it what is new.
   */
  private async catchUp(follower: Follower, after: number, emit: (page: RecordedEvent[]) => void, pace: Pace, closed: () => boolean): Promise<void> {
    for (let cursor = after; !closed(); ) {
      const through = await this.exclusively(async () => {
        this.position ??= await this.store.headPosition();
        if (cursor < this.position) return this.position;
        this.followers.add(follower);
        return null;
      });
      if (through === null) return;
      await this.read(follower.filter, cursor, through, CATCH_UP_PAGE, async (page) => {
        emit(page);
        await pace.ready();
      }, closed);
      cursor = through;
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    for (const end of [...this.ends]) end();
    this.wake();
    await this.listener?.end().catch(() => undefined);
    await this.running;
  }

  private async run(): Promise<void> {
    await this.listen();
    while (!this.stopped) {
      const started = Date.now();
      await this.exclusively(() => this.tick()).catch((error: unknown) => this.logger.warn(`log tail: ${String(error)}; reading again shortly`));
      await this.nextWake();
      // Each tick costs a write to every follower, whatever it carries: with many followers, ticks are
      // spaced so that what is appended meanwhile goes out together (2,000 followers: 500 ms).
      const spacing = Math.min(MAX_SPACING_MS, this.followers.size / FOLLOWERS_PER_MS) - (Date.now() - started);
      if (spacing > 0 && !this.stopped) await new Promise((resolve) => setTimeout(resolve, spacing));
    }
  }

  /** Reads what was appended since the last tick, once per distinct filter, and hands it to the followers. */
  private async tick(): Promise<void> {
    if (this.followers.size === 0 || this.position === null) {
      this.position = null;
      return;
    }
    const from = this.position;
    const through = await this.store.headPosition();
    if (through > from) {
      const groups = new Map<string, Follower[]>();
      for (const follower of this.followers) {
        const members = groups.get(follower.filterKey);
        if (members) members.push(follower);
        else groups.set(follower.filterKey, [follower]);
      }
      for (const members of groups.values()) {
        await this.read(members[0].filter, from, through, PAGE, (page) => this.fanOut(members, page));
      }
    }
    this.position = through;
  }

  /** The events in (after, through] that pass the filter, page by page; a short page is the last. */
  private async read(
    filter: FollowFilter,
    after: number,
    through: number,
    limit: number,
    each: (page: RecordedEvent[]) => Promise<void>,
    stop = () => false,
  ): Promise<void> {
    for (let cursor = after; cursor < through && !stop(); ) {
      const page = await this.store.readAll({ ...filter, after: cursor, through, limit });
      await each(page);
      if (page.length < limit) return;
      cursor = page[page.length - 1].position;
    }
  }

  /**
   * Hands a page to followers a slice at a time, letting other work in between: thousands of feeds
   * written to in one go would hold every request waiting behind them.
   */
  private async fanOut(members: readonly Follower[], page: RecordedEvent[]): Promise<void> {
    for (let i = 0; i < members.length; i += FAN_OUT_SLICE) {
      if (i > 0) await new Promise((resolve) => setImmediate(resolve));
      for (const member of members.slice(i, i + FAN_OUT_SLICE)) member.deliver(page);
    }
  }

  private exclusively<T>(work: () => Promise<T>): Promise<T> {
    const result = this.turn.then(work);
    this.turn = result.catch(() => undefined);
    return result;
  }

  /** Notifications arriving while a tick reads are coalesced into the next one. */
  private nextWake(): Promise<void> {
    if (this.signalled || this.stopped) {
      this.signalled = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.wake(), POLL_MS);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = () => (this.signalled = true);
        resolve();
      };
    });
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.config.database.url, application_name: 'parley-log-tail' });
    client.on('notification', () => this.wake());
    client.on('error', (error) => {
      this.logger.warn(`log listener: ${error.message}; the tail polls until it starts again`);
      this.listener = null;
      // A new listener once this one is gone; until then the poll still finds every event.
      if (!this.stopped) setTimeout(() => void this.listen(), POLL_MS).unref();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.listener = client;
    } catch (error) {
      this.logger.warn(`log listener could not start (${String(error)}); the tail polls meanwhile`);
      await client.end().catch(() => undefined);
      if (!this.stopped) setTimeout(() => void this.listen(), 5 * POLL_MS).unref();
      return;
    }
    if (this.stopped) await client.end().catch(() => undefined);
  }
}
