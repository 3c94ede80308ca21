import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EventStore, ReadAllFilter } from '@parley/event-store';
import { DEVELOPMENTS, DocumentReader, InMemoryDocuments, PROJECTIONS } from '@parley/read-models';
import AsyncLock from 'async-lock';
import { LRUCache } from 'lru-cache';
import { CheckpointSpacing, Checkpoints } from './checkpoints';
import { AMENDMENT_TYPES, Clocks } from './clocks';
import { DevelopmentsAsOf } from './developments-as-of';

interface Fold {
  readonly documents: InMemoryDocuments;
  /** Every event up to this position has been considered; later ones are folded on top when asked. */
  readonly through: number;
}

/**
 * Events read at a time: a page's events are garbage once folded, and the api's heap grows to twice what
 * survived its last full collection, so pages of 10,000 raised the api's peak over the benchmark's log by
 * some 20–50 MB (286 and 313 MB against 265 and 263; bench/README.md point 49).
 */
const PAGE = 2_000;
/**
 * Bytes (estimated, InMemoryDocuments.estimatedBytes) the cache of folds may hold across all moments,
 * so many distinct moments cannot exhaust memory: a share of the heap the processes are given
 * (scripts/heap-flags.cjs), where a million documents could have taken several hundred MB.
 */
const CACHED_BYTES = 48 * 1024 * 1024;
/**
 * Each read model keeps its own checkpoints, as close as its size allows within a heap budget of its
 * own: one of a hundred tracks every thousand positions, so a question about a new moment reads at
 * most about a thousand events, while a larger one thins its checkpoints to stay within the budget
 * (a saved copy of 300,000 documents' map alone is ~30 MB).
 * Counted in documents (a million each), checkpoints took 2.6 GB over 300,000 statements.
 */
const SPACING: CheckpointSpacing = { interval: 1_000, maxSaved: 2_000, maxBytes: 16 * 1024 * 1024 };
const TIP = 'tip';
/** The read models folded here; the developments, a document each, are read as of a moment from PostgreSQL (DevelopmentsAsOf). */
const FOLDED = PROJECTIONS.filter((p) => p.name !== DEVELOPMENTS);

/**
 * Read models as they stood at a moment: the live reducers folded over the stored events that pass
 * the clocks, in position order, answered by the same queries; the developments, a document each, are
 * read from PostgreSQL instead (DevelopmentsAsOf), so the heap does not grow with the log. Each read
 * model is folded on its own, when a question first reads it: a track's status as of a moment folds
 * the tracks, not the actors. A question starts from the latest checkpoint of that read model the
 * clocks take whole and folds only the events after it that pass, reading only the stretches of the
 * log where one may; each moment's fold is then cached with the position it covers, so asking again
 * folds only what was recorded since. The checkpoints are folded in the background at start, so the
 * first question does not wait for them.
 */
@Injectable()
export class HistoricalDocuments implements OnApplicationBootstrap {
  private readonly logger = new Logger(HistoricalDocuments.name);
  private readonly checkpoints: ReadonlyMap<string, Checkpoints>;
  private readonly folds = new LRUCache<string, Fold>({
    maxSize: CACHED_BYTES,
    // A fold larger than the whole budget is answered but not kept.
    maxEntrySize: CACHED_BYTES,
    sizeCalculation: (fold) => Math.max(1, Math.round(fold.documents.estimatedBytes())),
  });
  private readonly locks = new AsyncLock({ maxPending: 10_000 });

  constructor(
    private readonly store: EventStore,
    private readonly developments: DevelopmentsAsOf,
  ) {
    this.checkpoints = new Map(FOLDED.map((p) => [p.name, new Checkpoints(store, SPACING, [p])]));
  }

  onApplicationBootstrap(): void {
    this.warmUp().catch((error) => this.logger.warn(`as-of checkpoints not prepared at start: ${String(error)}`));
  }

  /** Folds the log up to its head into the checkpoints of these read models (every one unless named), in one read of the log. */
  async warmUp(names: readonly string[] = FOLDED.map((p) => p.name)): Promise<void> {
    const head = await this.store.headPosition();
    await this.locks.acquire(TIP, async () => {
      const sets = names.map((name) => this.checkpointsOf(name));
      const after = Math.min(...sets.map((c) => c.through));
      for await (const page of this.store.pages({ after, through: head, limit: PAGE })) {
        for (const event of page) for (const set of sets) set.fold(event);
      }
    });
  }

  /** The read models as of the clocks; each is folded when the question first reads it, up to the head as it is now. */
  async at(clocks: Clocks): Promise<DocumentReader> {
    const head = await this.store.headPosition();
    const developments = this.developments.at(clocks);
    const of = async (projection: string): Promise<DocumentReader> => (projection === DEVELOPMENTS ? developments : this.fold(projection, clocks, head));
    return {
      get: async (projection, id) => (await of(projection)).get(projection, id),
      find: async (projection, query) => (await of(projection)).find(projection, query),
      totals: async (projection, prefixes) => (await of(projection)).totals(projection, prefixes),
      ranked: async (projection, key, query) => (await of(projection)).ranked(projection, key, query),
    };
  }

  private fold(projection: string, clocks: Clocks, head: number): Promise<InMemoryDocuments> {
    // A name no read model has finds nothing, as in the live store.
    if (!this.checkpoints.has(projection)) return Promise.resolve(new InMemoryDocuments([]));
    const key = `${projection}|${clocks.asOf ?? ''}|${clocks.knownAt ?? ''}`;
    return this.locks.acquire(key, async () => {
      const cached = this.folds.get(key);
      if (cached && cached.through >= head) return cached.documents;
      // Readers given an earlier fold keep it unchanged: the new events go into a copy.
      const start = cached ? { documents: cached.documents.fork(), through: cached.through, reads: [], covered: cached.through } : await this.start(projection, clocks, head);
      const passing = { limit: PAGE, occurredTo: clocks.asOf, occurredToExceptTypes: AMENDMENT_TYPES, recordedTo: clocks.knownAt };
      for (const range of [...start.reads, { after: start.covered, through: head }]) {
        if (range.through <= range.after) continue;
        await this.foldRange(start.documents, { ...passing, ...range });
      }
      this.folds.set(key, { documents: start.documents, through: Math.max(head, start.covered) });
      return start.documents;
    });
  }

  /** The events of a range that pass, page by page; a page short of the limit is the last (no further query to find it empty). */
  private async foldRange(documents: InMemoryDocuments, filter: ReadAllFilter): Promise<void> {
    for (let after = filter.after; ; ) {
      const page = await this.store.readAll({ ...filter, after });
      for (const event of page) documents.apply(event);
      if (page.length < PAGE) return;
      after = page[page.length - 1].position;
    }
  }

  private start(projection: string, clocks: Clocks, head: number) {
    return this.locks.acquire(TIP, async () => {
      const checkpoints = this.checkpointsOf(projection);
      await checkpoints.advance(head);
      return checkpoints.startFor(clocks);
    });
  }

  private checkpointsOf(projection: string): Checkpoints {
    const found = this.checkpoints.get(projection);
    if (!found) throw new Error(`no read model ${projection}`);
    return found;
  }
}

