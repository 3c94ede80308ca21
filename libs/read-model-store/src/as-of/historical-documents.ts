import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EventStore } from '@parley/event-store';
import { DocumentReader, InMemoryDocuments } from '@parley/read-models';
import AsyncLock from 'async-lock';
import { LRUCache } from 'lru-cache';
import { Checkpoints } from './checkpoints';
import { AMENDMENT_TYPES, Clocks } from './clocks';

interface Fold {
  readonly documents: InMemoryDocuments;
  /** Every event up to this position has been considered; later ones are folded on top when asked. */
  readonly through: number;
}

const PAGE = 10_000;
/** Documents the cache may hold across all moments, so many distinct moments cannot exhaust memory. */
const CACHED_DOCUMENTS = 1_000_000;
const TIP = 'tip';

/**
 * Read models as they stood at a moment: the live reducers folded over the stored events that pass
 * the clocks, in position order, answered by the same queries. A question starts from the latest
 * checkpoint of the log the clocks take whole and folds only the events after it; each moment's fold
 * is then cached with the position it covers, so asking again folds only what was recorded since.
 * The checkpoints are folded in the background at start, so the first question does not wait for them.
 */
@Injectable()
export class HistoricalDocuments implements OnApplicationBootstrap {
  private readonly logger = new Logger(HistoricalDocuments.name);
  private readonly checkpoints: Checkpoints;
  private readonly folds = new LRUCache<string, Fold>({
    maxSize: CACHED_DOCUMENTS,
    sizeCalculation: (fold) => Math.max(1, fold.documents.size),
  });
  private readonly locks = new AsyncLock({ maxPending: 10_000 });

  constructor(private readonly store: EventStore) {
    this.checkpoints = new Checkpoints(store);
  }

  onApplicationBootstrap(): void {
    this.warmUp().catch((error) => this.logger.warn(`as-of checkpoints not prepared at start: ${String(error)}`));
  }

  /** Folds the log up to its head into checkpoints. */
  async warmUp(): Promise<void> {
    await this.checkpoint(await this.store.headPosition(), {});
  }

  at(clocks: Clocks): Promise<DocumentReader> {
    const key = `${clocks.asOf ?? ''}|${clocks.knownAt ?? ''}`;
    return this.locks.acquire(key, async () => {
      const head = await this.store.headPosition();
      const cached = this.folds.get(key);
      if (cached && cached.through >= head) return cached.documents;
      // Readers given an earlier fold keep it unchanged: the new events go into a copy.
      const start = cached ? { documents: cached.documents.fork(), through: cached.through } : await this.checkpoint(head, clocks);
      const filter = {
        after: start.through,
        through: head,
        limit: PAGE,
        occurredTo: clocks.asOf,
        occurredToExceptTypes: AMENDMENT_TYPES,
        recordedTo: clocks.knownAt,
      };
      for await (const page of this.store.pages(filter)) for (const event of page) start.documents.apply(event);
      this.folds.set(key, { documents: start.documents, through: head });
      return start.documents;
    });
  }

  private checkpoint(head: number, clocks: Clocks) {
    return this.locks.acquire(TIP, async () => {
      await this.checkpoints.advance(head);
      return this.checkpoints.latestWithin(clocks);
    });
  }
}
