import { RecordedEvent } from '@parley/domain';
import { EventStore } from '@parley/event-store';
import { InMemoryDocuments, PROJECTIONS } from '@parley/read-models';
import { Clocks, isAmendment } from './clocks';

/** The read models folded from every event up to a position, and the latest time on each clock among them (amendments have no world time). */
export interface Checkpoint {
  readonly documents: InMemoryDocuments;
  readonly through: number;
  readonly lastOccurred: string;
  readonly lastRecorded: string;
}

const PAGE = 10_000;

export interface CheckpointSpacing {
  /** Positions between saved checkpoints at first. */
  readonly interval: number;
  /** Kept checkpoints; past this, every other one goes and the interval doubles, so memory stays bounded. */
  readonly maxSaved: number;
}

const later = (a: string, b: string) => (a > b ? a : b);

/**
 * Checkpoints of the whole log folded, for as-of questions. A checkpoint answers a question exactly
 * when every event in it passes the clocks (none occurred after asOf or was recorded after knownAt);
 * the question then folds only the events after it. The tip follows the head, the saved ones lie
 * every few thousand positions behind it.
 */
export class Checkpoints {
  private tip: Checkpoint = { documents: new InMemoryDocuments(PROJECTIONS), through: 0, lastOccurred: '', lastRecorded: '' };
  private saved: Checkpoint[] = [];
  private interval: number;

  constructor(
    private readonly store: EventStore,
    private readonly spacing: CheckpointSpacing = { interval: 10_000, maxSaved: 12 },
  ) {
    this.interval = spacing.interval;
  }

  /** Folds every event up to `head` into the tip, saving a copy at each multiple of the interval. */
  async advance(head: number): Promise<void> {
    for await (const page of this.store.pages({ after: this.tip.through, through: head, limit: PAGE })) {
      for (const event of page) this.fold(event);
    }
  }

  /** A copy of the latest checkpoint that the clocks take whole; the empty one if none does. */
  latestWithin({ asOf, knownAt }: Clocks): { documents: InMemoryDocuments; through: number } {
    const within = (c: Checkpoint) => (!asOf || c.lastOccurred <= asOf) && (!knownAt || c.lastRecorded <= knownAt);
    const found = [this.tip, ...[...this.saved].reverse()].find(within);
    return found ? { documents: found.documents.fork(), through: found.through } : { documents: new InMemoryDocuments(PROJECTIONS), through: 0 };
  }

  private fold(event: RecordedEvent): void {
    this.tip.documents.apply(event);
    this.tip = {
      documents: this.tip.documents,
      through: event.position,
      lastOccurred: isAmendment(event) ? this.tip.lastOccurred : later(this.tip.lastOccurred, event.occurredAt),
      lastRecorded: later(this.tip.lastRecorded, event.recordedAt),
    };
    if (event.position % this.interval !== 0) return;
    this.saved.push({ ...this.tip, documents: this.tip.documents.fork() });
    if (this.saved.length > this.spacing.maxSaved) {
      this.interval *= 2;
      this.saved = this.saved.filter((c) => c.through % this.interval === 0);
    }
  }
}
