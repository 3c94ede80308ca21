import { Decider, ParleyEvent, RecordedEvent, developmentOfEvent } from '@parley/domain';
import { AppendResult, EventStore, ReadAllFilter, StoredAnswer } from '@parley/event-store';

interface Folded {
  readonly state: unknown;
  /** How many of the stream's events the state has folded. */
  readonly folded: number;
}

/**
 * The event store as one batch import sees it while deciding its lines: each stream read from the store
 * once, and the events earlier lines decided laid on top, so line n is decided on what lines 1 … n−1
 * would have stored had they been posted one by one (a second report of a development in the same
 * batch corroborates it). Reads only: the batch appends what it decided with appendMany.
 */
export class BatchView extends EventStore {
  private readonly stored = new Map<string, Promise<RecordedEvent[]>>();
  private readonly staged = new Map<string, RecordedEvent[]>();
  private readonly folds = new Map<string, Folded>();
  private readonly stagedDevelopments = new Map<string, string>();
  private readonly developments = new Map<string, Promise<string | null>>();

  constructor(private readonly store: EventStore) {
    super();
  }

  async readStream(streamId: string): Promise<RecordedEvent[]> {
    let stored = this.stored.get(streamId);
    if (!stored) this.stored.set(streamId, (stored = this.store.readStream(streamId)));
    return [...(await stored), ...(this.staged.get(streamId) ?? [])];
  }

  async streamOfDevelopment(developmentId: string): Promise<string | null> {
    const staged = this.stagedDevelopments.get(developmentId);
    if (staged) return staged;
    let found = this.developments.get(developmentId);
    if (!found) this.developments.set(developmentId, (found = this.store.streamOfDevelopment(developmentId)));
    return found;
  }

  /** The stream's version and its state under the decider, folding only the events added since last asked. */
  async stateOf<S>(streamId: string, decider: Pick<Decider<never, ParleyEvent, S>, 'evolve' | 'initialState'>): Promise<{ version: number; state: S }> {
    const history = await this.readStream(streamId);
    const { state, folded } = this.folds.get(streamId) ?? { state: decider.initialState(), folded: 0 };
    const now = history.slice(folded).reduce<S>((s, e) => decider.evolve(s, e), state as S);
    this.folds.set(streamId, { state: now, folded: history.length });
    return { version: history.length, state: now };
  }

  /** Lays a line's decided events on its stream, as if stored, for the lines after it. */
  stage(streamId: string, version: number, events: readonly ParleyEvent[]): void {
    const staged = this.staged.get(streamId) ?? [];
    events.forEach((event, i) => {
      staged.push({ ...event, streamId, streamVersion: version + i + 1 } as RecordedEvent);
      const developmentId = developmentOfEvent(event);
      if (developmentId && !this.stagedDevelopments.has(developmentId)) this.stagedDevelopments.set(developmentId, streamId);
    });
    this.staged.set(streamId, staged);
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
