import { RecordedEvent } from '@parley/domain';
import { EventStore } from '@parley/event-store';
import { InMemoryDocuments, PROJECTIONS, Projection } from '@parley/read-models';
import { Clocks, isAmendment } from './clocks';

/** The read models folded from every event up to a position, and the latest time on each clock among them (amendments have no world time). */
export interface Checkpoint {
  readonly documents: InMemoryDocuments;
  readonly through: number;
  readonly lastOccurred: string;
  readonly lastRecorded: string;
}

/**
 * What the events of a stretch of the log, (after, through], can pass: the earliest time on each
 * clock among them, and whether it holds amendments (which pass asOf whatever its moment). A question
 * reads only the stretches where some event may pass its clocks.
 */
interface Stretch {
  readonly after: number;
  readonly through: number;
  readonly firstOccurred: string;
  readonly firstRecorded: string;
  readonly amended: boolean;
}

/** A saved checkpoint, with the stretch of the log that ends at it and the heap it adds to the one before it. */
type Saved = Checkpoint & { readonly stretch: Stretch; readonly bytes: number };

/**
 * Events read at a time: a page's events are garbage once folded, and the api's heap grows to twice what
 * survived its last full collection, so pages of 10,000 raised the api's peak over the benchmark's log by
 * some 20–50 MB (286 and 313 MB against 265 and 263; bench/README.md point 49).
 */
const PAGE = 2_000;
const NONE = '\uffff';

export interface CheckpointSpacing {
  /** Positions between saved checkpoints at first. */
  readonly interval: number;
  /** Kept checkpoints; past this, every other one goes and the interval doubles, so memory stays bounded. */
  readonly maxSaved: number;
  /**
   * The same bound on the heap the saved checkpoints hold in all, estimated: each copies its maps' entries
   * and holds the documents changed since the one before it (InMemoryDocuments.estimatedBytesBeyond).
   */
  readonly maxBytes?: number;
}

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

const emptyStretch = (after: number): Stretch => ({ after, through: after, firstOccurred: NONE, firstRecorded: NONE, amended: false });

const joined = (a: Stretch, b: Stretch): Stretch => ({
  after: a.after,
  through: b.through,
  firstOccurred: earlier(a.firstOccurred, b.firstOccurred),
  firstRecorded: earlier(a.firstRecorded, b.firstRecorded),
  amended: a.amended || b.amended,
});

/** Whether some event of the stretch may pass the clocks. */
const mayPass = (s: Stretch, { asOf, knownAt }: Clocks): boolean =>
  s.through > s.after && (!asOf || s.amended || s.firstOccurred <= asOf) && (!knownAt || s.firstRecorded <= knownAt);

/** Where a question starts, and the stretches of the log after it that it must read (the events there that pass its clocks). */
export interface Start {
  readonly documents: InMemoryDocuments;
  readonly through: number;
  readonly reads: readonly { after: number; through: number }[];
  /** Every event up to here is in the checkpoint or in `reads` if it passes: where the tip had folded to. */
  readonly covered: number;
}

/**
 * Checkpoints of the whole log folded into some read models, for as-of questions. A checkpoint answers
 * a question exactly when every event in it passes the clocks (none occurred after asOf or was recorded
 * after knownAt); the question then folds only the events after it that pass, reading only the
 * stretches of the log between checkpoints where one may. The tip follows the head, the saved ones lie
 * every few thousand positions behind it.
 */
export class Checkpoints {
  private tip: Checkpoint;
  private saved: Saved[] = [];
  private open: Stretch = emptyStretch(0);
  private savedBytes = 0;
  private interval: number;

  constructor(
    private readonly store: EventStore,
    private readonly spacing: CheckpointSpacing = { interval: 10_000, maxSaved: 12 },
    private readonly projections: readonly Projection[] = PROJECTIONS,
  ) {
    this.interval = spacing.interval;
    this.tip = { documents: new InMemoryDocuments(projections), through: 0, lastOccurred: '', lastRecorded: '' };
  }

  /** The position the tip has folded through. */
  get through(): number {
    return this.tip.through;
  }

  /** Folds every event up to `head` into the tip, saving a copy at each multiple of the interval. */
  async advance(head: number): Promise<void> {
    for await (const page of this.store.pages({ after: this.tip.through, through: head, limit: PAGE })) {
      for (const event of page) this.fold(event);
    }
  }

  /** Folds one event, the next after the tip (several sets of checkpoints can share one read of the log). */
  fold(event: RecordedEvent): void {
    if (event.position <= this.tip.through) return;
    const amendment = isAmendment(event);
    this.tip.documents.apply(event);
    this.tip = {
      documents: this.tip.documents,
      through: event.position,
      lastOccurred: amendment ? this.tip.lastOccurred : later(this.tip.lastOccurred, event.occurredAt),
      lastRecorded: later(this.tip.lastRecorded, event.recordedAt),
    };
    this.open = {
      after: this.open.after,
      through: event.position,
      firstOccurred: amendment ? this.open.firstOccurred : earlier(this.open.firstOccurred, event.occurredAt),
      firstRecorded: earlier(this.open.firstRecorded, event.recordedAt),
      amended: this.open.amended || amendment,
    };
    if (event.position % this.interval === 0) this.save();
  }

  /** A copy of the latest checkpoint that the clocks take whole (the empty one if none does), and what after it the question must read. */
  startFor(clocks: Clocks): Start {
    const { asOf, knownAt } = clocks;
    const within = (c: Checkpoint) => (!asOf || c.lastOccurred <= asOf) && (!knownAt || c.lastRecorded <= knownAt);
    const found = [this.tip, ...[...this.saved].reverse()].find(within);
    const through = found?.through ?? 0;
    const reads: { after: number; through: number }[] = [];
    for (const stretch of [...this.saved.map((s) => s.stretch), this.open]) {
      if (stretch.through <= through || !mayPass(stretch, clocks)) continue;
      const after = Math.max(stretch.after, through);
      // Neighbouring stretches are read as one.
      if (reads.at(-1)?.through === after) reads[reads.length - 1].through = stretch.through;
      else reads.push({ after, through: stretch.through });
    }
    return { documents: found ? found.documents.fork() : new InMemoryDocuments(this.projections), through, reads, covered: this.tip.through };
  }

  /** A copy of the latest checkpoint that the clocks take whole; the empty one if none does. */
  latestWithin(clocks: Clocks): { documents: InMemoryDocuments; through: number } {
    const { documents, through } = this.startFor(clocks);
    return { documents, through };
  }

  private save(): void {
    const copy = this.tip.documents.fork();
    const previous = this.saved.at(-1);
    this.saved.push({ ...this.tip, documents: copy, stretch: this.open, bytes: previous ? copy.estimatedBytesBeyond(previous.documents) : copy.estimatedBytes() });
    this.savedBytes += this.saved[this.saved.length - 1].bytes;
    this.open = emptyStretch(this.tip.through);
    const { maxSaved, maxBytes = Infinity } = this.spacing;
    while (this.saved.length > maxSaved || (this.savedBytes > maxBytes && this.saved.length > 1)) this.thin();
  }

  /** Every other checkpoint goes, its stretch joined to the next one's; the interval doubles. */
  private thin(): void {
    this.interval *= 2;
    const kept: Saved[] = [];
    let pending: Stretch | null = null;
    for (const c of this.saved) {
      const stretch: Stretch = pending ? joined(pending, c.stretch) : c.stretch;
      if (c.through % this.interval === 0) {
        kept.push({ ...c, stretch });
        pending = null;
      } else {
        pending = stretch;
      }
    }
    if (pending) this.open = joined(pending, this.open);
    // What a kept checkpoint adds is now reckoned against the kept one before it.
    this.saved = kept.map((c, i) => ({ ...c, bytes: i === 0 ? c.documents.estimatedBytes() : c.documents.estimatedBytesBeyond(kept[i - 1].documents) }));
    this.savedBytes = this.saved.reduce((n, c) => n + c.bytes, 0);
  }
}
