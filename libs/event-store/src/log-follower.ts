import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { ParleyConfig } from '@parley/config';
import { RecordedEvent } from '@parley/domain';
import { Client } from 'pg';
import { Observable, Subject, concatMap, exhaustMap, interval, merge, of, takeUntil } from 'rxjs';
import { EventStore, ReadAllFilter } from './event-store';
import { OUTBOX_CHANNEL } from './append-batch';

/** Fallback wake-up, for a notification missed while the listener reconnects. */
const POLL_MS = 1_000;
const PAGE = 1_000;

export type FollowFilter = Omit<ReadAllFilter, 'after' | 'limit' | 'through'>;

/**
 * Follows the log as it grows: each append notifies OUTBOX_CHANNEL on commit, and one connection
 * listens for every follower. Followers end when the service shuts down, so they never hold it up.
 */
@Injectable()
export class LogFollower implements OnModuleDestroy {
  private readonly logger = new Logger(LogFollower.name);
  private readonly notified = new Subject<void>();
  private readonly stopping = new Subject<void>();
  private listener: Promise<Client | null> | null = null;

  constructor(
    private readonly config: ParleyConfig,
    private readonly store: EventStore,
  ) {}

  /** The events after `after` that pass the filter, then each new one as it is appended. */
  follow(after: number, filter: FollowFilter): Observable<RecordedEvent> {
    this.listener ??= this.listen();
    const more = new Subject<void>();
    let cursor = after;
    return merge(of(undefined), more, this.notified, interval(POLL_MS)).pipe(
      exhaustMap(async () => {
        const through = await this.store.headPosition();
        const page = await this.store.readAll({ ...filter, after: cursor, through, limit: PAGE });
        // Events up to the head that the filter left out need not be read again.
        cursor = page.length === PAGE ? page[page.length - 1].position : through;
        if (page.length === PAGE) queueMicrotask(() => more.next());
        return page;
      }),
      concatMap((page) => page),
      takeUntil(this.stopping),
    );
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping.next();
    await (await this.listener)?.end().catch(() => undefined);
  }

  private async listen(): Promise<Client | null> {
    const client = new Client({ connectionString: this.config.database.url, application_name: 'parley-log-follower' });
    try {
      await client.connect();
      client.on('notification', () => this.notified.next());
      client.on('error', (error) => {
        this.logger.warn(`log listener: ${error.message}; followers poll until one starts again`);
        this.listener = null;
      });
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      return client;
    } catch (error) {
      this.logger.warn(`log listener could not start (${String(error)}); followers poll`);
      this.listener = null;
      return null;
    }
  }
}
