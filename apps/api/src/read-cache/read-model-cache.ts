import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ParleyConfig } from '@parley/config';
import { HighWaterMark, PgDocumentReader, READ_MODELS_CHANGED } from '@parley/read-model-store';
import { DocumentReader } from '@parley/read-models';
import { LRUCache } from 'lru-cache';
import { Client } from 'pg';

interface Entry {
  readonly value: Promise<unknown>;
  /** A high-water mark known before the read began: the entry shows every event up to it. */
  readonly mark: number;
}

/** Answers kept at once; a status is a few documents, the tension overview one entry per day read. */
const ENTRIES = 5_000;
const RECONNECT_MS = 1_000;

/**
 * The live read models' answers kept in memory until PostgreSQL says they changed (the notification
 * each transaction that writes them sends at its commit, migration 1765000300000): a status GET
 * becomes a few map lookups. Only while the notifications are heard; otherwise every read goes to
 * PostgreSQL, as without the cache.
 *
 * Read-your-writes: an entry remembers a high-water mark known before its read began, so it shows
 * at least the events up to it; a read with `minPosition` beyond an entry's mark does not take it,
 * and reads PostgreSQL after learning the mark (the ReadYourWritesInterceptor has already waited for it).
 */
@Injectable()
export class ReadModelCache implements OnApplicationShutdown {
  private readonly logger = new Logger(ReadModelCache.name);
  private readonly entries = new LRUCache<string, Entry>({ max: ENTRIES });
  private listener: Client | null = null;
  private state: 'off' | 'connecting' | 'on' | 'closed' = 'off';
  /** Moves at every change heard: a read begun under an older one is not kept. */
  private epoch = 0;
  private mark = 0;
  private listening: Promise<void> = Promise.resolve();

  constructor(
    private readonly live: PgDocumentReader,
    private readonly highWaterMark: HighWaterMark,
    private readonly config: ParleyConfig,
  ) {}

  /** The live read models, through the cache; `minPosition` as the request gave it. */
  reader(minPosition?: number): DocumentReader {
    const live = this.live;
    const read = <T>(key: string, load: () => Promise<T>) => this.read(key, minPosition, load);
    return {
      get: (projection, id) => read(`g\u0000${projection}\u0000${id}`, () => live.get(projection, id)),
      find: (projection, query) => read(`f\u0000${projection}\u0000${JSON.stringify(query)}`, () => live.find(projection, query)),
      totals: (projection, prefixes) => read(`t\u0000${projection}\u0000${prefixes.join('\u0000')}`, () => live.totals(projection, prefixes)),
      // A ranking is asked up to the moment read (now): the same question rarely comes twice, so it is not kept.
      ranked: (projection, key, query) => live.ranked(projection, key, query),
      memo: (key, compute) => read(`m\u0000${key}`, compute),
    };
  }

  /** Starts listening if it has not; resolves once it listens, or has failed to (reads then go uncached). */
  ready(): Promise<void> {
    if (this.state === 'off') this.listen();
    return this.listening;
  }

  private async read<T>(key: string, minPosition: number | undefined, load: () => Promise<T>): Promise<T> {
    if (this.state === 'off') this.listen();
    if (this.state !== 'on') return load();
    const hit = this.entries.get(key);
    if (hit && (minPosition === undefined || hit.mark >= minPosition)) return hit.value as Promise<T>;
    const epoch = this.epoch;
    const mark = minPosition !== undefined && this.mark < minPosition ? await this.learnMark() : this.mark;
    // A change heard while the mark was read: what the mark promises may predate it, so read uncached.
    if (epoch !== this.epoch || this.state !== 'on') return load();
    const value = load();
    const entry = { value, mark };
    this.entries.set(key, entry);
    value.catch(() => this.entries.get(key) === entry && this.entries.delete(key));
    return value;
  }

  private async learnMark(): Promise<number> {
    this.mark = Math.max(this.mark, await this.highWaterMark.current());
    return this.mark;
  }

  /** Something changed (or may have, unheard): nothing kept before holds. */
  private forget(): void {
    this.epoch += 1;
    this.entries.clear();
  }

  private listen(): void {
    this.state = 'connecting';
    const client = new Client({ connectionString: this.config.database.url, application_name: 'parley-read-cache' });
    const lost = (error: Error) => {
      if (this.listener !== client) return;
      this.logger.warn(`read model notifications lost, reading uncached until they resume: ${error.message}`);
      this.stopListening(client);
      setTimeout(() => this.state === 'off' && this.listen(), RECONNECT_MS).unref();
    };
    this.listener = client;
    client.on('error', lost);
    client.on('end', () => lost(new Error('connection ended')));
    client.on('notification', () => this.forget());
    this.listening = client
      .connect()
      .then(() => client.query(`LISTEN ${READ_MODELS_CHANGED}`))
      .then(() => {
        if (this.listener !== client) return;
        // Whatever changed before the LISTEN was not heard: start from nothing.
        this.forget();
        this.state = 'on';
      })
      .catch(lost);
  }

  private stopListening(client: Client): void {
    this.listener = null;
    if (this.state !== 'closed') this.state = 'off';
    this.forget();
    client.removeAllListeners('end');
    client.end().catch(() => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    const client = this.listener;
    this.state = 'closed';
    if (client) this.stopListening(client);
  }
}
