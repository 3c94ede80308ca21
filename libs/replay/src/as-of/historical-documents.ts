import { Injectable } from '@nestjs/common';
import { EventStore } from '@parley/event-store';
import { DocumentReader, InMemoryDocuments, PROJECTIONS } from '@parley/read-models';
import AsyncLock from 'async-lock';
import { LRUCache } from 'lru-cache';

/** The two clocks of history: when things happened in the world, and when Parley learned of them. */
export interface Clocks {
  /** Only developments that had occurred by then (occurredAt ≤ asOf): the world as it was. */
  readonly asOf?: string;
  /** Only events recorded by then (recordedAt ≤ knownAt): what Parley knew. */
  readonly knownAt?: string;
}

interface Fold {
  readonly documents: InMemoryDocuments;
  /** Every event up to this position has been considered; later ones are folded on top when asked. */
  readonly through: number;
}

const PAGE = 10_000;
/** Documents the cache may hold across all moments, so many distinct moments cannot exhaust memory. */
const CACHED_DOCUMENTS = 1_000_000;

/**
 * Read models as they stood at a moment: the live reducers folded over the stored events that pass
 * the clocks, in position order, answered by the same queries. Each moment's fold is cached with the
 * position it covers; a later question about the same moment folds only the events recorded since.
 */
@Injectable()
export class HistoricalDocuments {
  private readonly folds = new LRUCache<string, Fold>({
    maxSize: CACHED_DOCUMENTS,
    sizeCalculation: (fold) => Math.max(1, fold.documents.size),
  });
  private readonly moments = new AsyncLock({ maxPending: 10_000 });

  constructor(private readonly store: EventStore) {}

  at(clocks: Clocks): Promise<DocumentReader> {
    const key = `${clocks.asOf ?? ''}|${clocks.knownAt ?? ''}`;
    return this.moments.acquire(key, async () => {
      const cached = this.folds.get(key);
      const head = await this.store.headPosition();
      if (cached && cached.through >= head) return cached.documents;
      // Readers given an earlier fold keep it unchanged: the new events go into a copy.
      const documents = cached ? cached.documents.fork() : new InMemoryDocuments(PROJECTIONS);
      const filter = { after: cached?.through ?? 0, through: head, limit: PAGE, occurredTo: clocks.asOf, recordedTo: clocks.knownAt };
      for await (const page of this.store.pages(filter)) for (const event of page) documents.apply(event);
      this.folds.set(key, { documents, through: head });
      return documents;
    });
  }
}
