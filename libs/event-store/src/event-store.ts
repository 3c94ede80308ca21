import { EventMetadata, ParleyEvent, RecordedEvent } from '@parley/domain';

export interface AppendResult {
  readonly streamId: string;
  /** The stream's version after the append: the version of its last new event. */
  readonly streamVersion: number;
  /** The global position of the last new event. */
  readonly position: number;
  readonly eventIds: string[];
}

/** Stored with the events in the same transaction, so a retried request finds its first answer. */
export interface IdempotencyRecord {
  readonly scope: string;
  readonly key: string;
  readonly requestHash: string;
  readonly response: (result: AppendResult, events: readonly ParleyEvent[]) => unknown;
}

export interface StoredAnswer {
  readonly requestHash: string;
  readonly response: unknown;
}

export interface AppendOptions {
  readonly metadata: EventMetadata;
  readonly idempotency?: IdempotencyRecord;
}

/** One stream's part of appendMany: what `append` takes. */
export interface StreamAppend {
  readonly streamId: string;
  readonly expectedVersion: number;
  readonly events: readonly ParleyEvent[];
  readonly options: AppendOptions;
}

export interface ReadAllFilter {
  readonly after: number;
  readonly limit: number;
  /** Only events at or below this position. */
  readonly through?: number;
  readonly streamId?: string;
  readonly type?: string;
  /** Only events of one of these types. */
  readonly types?: readonly string[];
  /** Only events that record or change one of these developments (by the developmentId they carry). */
  readonly developmentIds?: readonly string[];
  /**
   * Only events that concern this actor: those of every stream that names it anywhere (speaker, target,
   * party, mediator, side returned to, backer), so a track's rounds and a development's amendments too.
   */
  readonly actor?: string;
  /** Bounds on occurredAt, when it happened in the world. */
  readonly occurredFrom?: string;
  readonly occurredTo?: string;
  /** Types the occurredTo bound lets through whatever their occurredAt. */
  readonly occurredToExceptTypes?: readonly string[];
  /**
   * Bounds on recordedAt, when Parley learned it, each taking in the whole millisecond it names: a
   * recordedAt is shown to the millisecond, and what was recorded at a moment shown is known at it.
   */
  readonly recordedTo?: string;
  readonly recordedAfter?: string;
}

/** The record of everything Parley knows: append-only, read by stream or in position order. */
export abstract class EventStore {
  abstract readStream(streamId: string): Promise<RecordedEvent[]>;

  /** Many streams at once, each in version order (none for a stream without events); a store may read them in one query. */
  async readStreams(streamIds: readonly string[]): Promise<Map<string, RecordedEvent[]>> {
    return new Map(await Promise.all(streamIds.map(async (streamId) => [streamId, await this.readStream(streamId)] as const)));
  }

  /** Appends atomically if the stream is still at `expectedVersion` (0: the stream is new). */
  abstract append(
    streamId: string,
    expectedVersion: number,
    events: readonly ParleyEvent[],
    options: AppendOptions,
  ): Promise<AppendResult>;

  /**
   * Appends to many streams in one transaction, all or none: each append checked against its stream's
   * version and its idempotency key claimed as `append` does, appends to one stream chained (the second
   * expects the version the first leaves). Positions follow the order given. When any append is refused,
   * nothing is stored and it rejects with AppendsRefused, naming each refused append by its index.
   */
  abstract appendMany(appends: readonly StreamAppend[]): Promise<AppendResult[]>;

  /** Events in position order; safe to page through with `after`, no event is ever skipped. */
  abstract readAll(filter: ReadAllFilter): Promise<RecordedEvent[]>;

  /** readAll page after page until no event is left; each page starts after the previous one's last position. */
  async *pages(filter: ReadAllFilter): AsyncGenerator<RecordedEvent[]> {
    for (let after = filter.after; ; ) {
      const page = await this.readAll({ ...filter, after });
      if (page.length === 0) return;
      yield page;
      after = page[page.length - 1].position;
    }
  }

  abstract headPosition(): Promise<number>;

  /** How many stored events the relay has not yet seen acknowledged by Kafka. */
  abstract outboxBacklog(): Promise<number>;

  abstract findAnswer(scope: string, key: string): Promise<StoredAnswer | null>;

  /** The stream that recorded a development, of whatever kind; null when none did. */
  abstract streamOfDevelopment(developmentId: string): Promise<string | null>;
}
