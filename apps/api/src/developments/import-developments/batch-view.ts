import { Decider, ParleyEvent, RecordedEvent, developmentOfEvent } from '@parley/domain';
import { AppendResult, EventStore, ReadAllFilter, StoredAnswer } from '@parley/event-store';

type Pending = { resolve(events: RecordedEvent[]): void; reject(error: unknown): void };

/** What every line's view of one batch shares: the streams read, the events staged, the states folded. */
class Shared {
  readonly stored = new Map<string, Promise<RecordedEvent[]>>();
  readonly staged = new Map<string, RecordedEvent[]>();
  readonly folds = new Map<string, { state: unknown; folded: number }>();
  readonly stagedDevelopments = new Map<string, string>();
  readonly developments = new Map<string, Promise<string | null>>();
  queued = new Map<string, Pending>();
}

/**
 * The event store as one batch import sees it while deciding its lines: each stream read from the store
 * once, and the events earlier lines decided laid on top, so line n is decided on what lines 1 … n−1
 * would have stored had they been posted one by one (a second report of a development in the same
 * batch corroborates it). Reads only: the batch appends what it decided with appendMany.
 */
export class BatchView extends EventStore {
  /** The streams read through this view: a line's own view (forLine) knows what its work read. */
  private readonly reads = new Set<string>();

  constructor(
    private readonly store: EventStore,
    private readonly shared = new Shared(),
  ) {
    super();
  }

  /** A view of the same batch for one line's work, which remembers the streams that work read. */
  forLine(): BatchView {
    return new BatchView(this.store, this.shared);
  }

  /** Whether a line staged events on a stream read through this view: work done on it before may now come out otherwise. */
  readsStaged(): boolean {
    return [...this.reads].some((streamId) => this.shared.staged.has(streamId));
  }

  async readStream(streamId: string): Promise<RecordedEvent[]> {
    this.reads.add(streamId);
    let stored = this.shared.stored.get(streamId);
    if (!stored) this.shared.stored.set(streamId, (stored = this.load(streamId)));
    return [...(await stored), ...(this.shared.staged.get(streamId) ?? [])];
  }

  async streamOfDevelopment(developmentId: string): Promise<string | null> {
    const staged = this.shared.stagedDevelopments.get(developmentId);
    if (staged) return staged;
    let found = this.shared.developments.get(developmentId);
    if (!found) this.shared.developments.set(developmentId, (found = this.store.streamOfDevelopment(developmentId)));
    return found;
  }

  /** The stream's version and its state under the decider, folding only the events added since last asked. */
  async stateOf<S>(streamId: string, decider: Pick<Decider<never, ParleyEvent, S>, 'evolve' | 'initialState'>): Promise<{ version: number; state: S }> {
    const history = await this.readStream(streamId);
    const { state, folded } = this.shared.folds.get(streamId) ?? { state: decider.initialState(), folded: 0 };
    const now = history.slice(folded).reduce<S>((s, e) => decider.evolve(s, e), state as S);
    this.shared.folds.set(streamId, { state: now, folded: history.length });
    return { version: history.length, state: now };
  }

  /** Lays a line's decided events on its stream, as if stored, for the lines after it. */
  stage(streamId: string, version: number, events: readonly ParleyEvent[]): void {
    const staged = this.shared.staged.get(streamId) ?? [];
    events.forEach((event, i) => {
      staged.push(Object.assign({}, event, { streamId, streamVersion: version + i + 1 }) as RecordedEvent);
      const developmentId = developmentOfEvent(event);
      if (developmentId && !this.shared.stagedDevelopments.has(developmentId)) this.shared.stagedDevelopments.set(developmentId, streamId);
    });
    this.shared.staged.set(streamId, staged);
  }

  /**
   * Streams asked for while the lines are worked on together are read together: each is queued, and
   * once every line waiting on a read has asked for its stream (setImmediate runs after the promise
   * jobs), the queue is read in one readStreams.
   */
  private load(streamId: string): Promise<RecordedEvent[]> {
    return new Promise((resolve, reject) => {
      if (this.shared.queued.size === 0) setImmediate(() => void this.readQueued());
      this.shared.queued.set(streamId, { resolve, reject });
    });
  }

  private async readQueued(): Promise<void> {
    const queued = this.shared.queued;
    this.shared.queued = new Map();
    try {
      const streams = await this.store.readStreams([...queued.keys()]);
      for (const [streamId, { resolve }] of queued) resolve(streams.get(streamId) ?? []);
    } catch (error) {
      for (const { reject } of queued.values()) reject(error);
    }
  }

  // Reads of the log and writes are not the view's: a batch decides on streams and appends through the store.
  append(): Promise<AppendResult> {
    throw new Error('a batch appends with appendMany on the event store, not on its view');
  }
  appendMany(): Promise<AppendResult[]> {
    throw new Error('a batch appends with appendMany on the event store, not on its view');
  }
  readAll(filter: ReadAllFilter): Promise<RecordedEvent[]> {
    return this.store.readAll(filter);
  }
  headPosition(): Promise<number> {
    return this.store.headPosition();
  }
  outboxBacklog(): Promise<number> {
    return this.store.outboxBacklog();
  }
  findAnswer(scope: string, key: string): Promise<StoredAnswer | null> {
    return this.store.findAnswer(scope, key);
  }
}
