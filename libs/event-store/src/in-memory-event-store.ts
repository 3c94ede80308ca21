import { CURRENT_SCHEMA_VERSION, ParleyEvent, RecordedEvent, actorsNamedBy, decodeEvent } from '@parley/domain';
import { randomUUID } from 'node:crypto';
import { AppendOptions, AppendResult, EventStore, ReadAllFilter, StoredAnswer, StreamAppend } from './event-store';
import { AppendsRefused, IdempotencyKeyTaken, StreamVersionConflict } from './errors';

/**
 * The event store in a process's memory, for specifications that run in milliseconds: the same
 * contract as PgEventStore (version check, idempotency claim in the append, filters of readAll), and
 * events stored as JSON and decoded on reading as PostgreSQL's are, so a spec sees what the API would.
 */
export class InMemoryEventStore extends EventStore {
  private events: RecordedEvent[] = [];
  private answers = new Map<string, StoredAnswer>();

  async readStream(streamId: string): Promise<RecordedEvent[]> {
    return this.events.filter((e) => e.streamId === streamId);
  }

  async append(streamId: string, expectedVersion: number, events: readonly ParleyEvent[], options: AppendOptions): Promise<AppendResult> {
    const version = (await this.readStream(streamId)).length;
    if (version !== expectedVersion) throw new StreamVersionConflict(streamId, expectedVersion, version);
    const { idempotency } = options;
    const answerKey = idempotency && `${idempotency.scope}\u0000${idempotency.key}`;
    if (answerKey && this.answers.has(answerKey)) throw new IdempotencyKeyTaken(idempotency.key);
    const recordedAt = new Date().toISOString();
    const stored = events.map((event, i) =>
      decodeEvent(
        JSON.parse(
          JSON.stringify({
            eventId: randomUUID(),
            type: event.type,
            schemaVersion: CURRENT_SCHEMA_VERSION[event.type],
            streamId,
            streamVersion: version + i + 1,
            position: this.events.length + i + 1,
            occurredAt: new Date(event.occurredAt).toISOString(),
            recordedAt,
            data: event.data,
            metadata: options.metadata,
          }),
        ),
      ),
    );
    const last = stored.at(-1);
    const result = { streamId, streamVersion: version + events.length, position: last?.position ?? this.events.length, eventIds: stored.map((e) => e.eventId) };
    if (answerKey) this.answers.set(answerKey, { requestHash: idempotency.requestHash, response: JSON.parse(JSON.stringify(idempotency.response(result, events))) });
    this.events.push(...stored);
    return result;
  }

  /** Checks every append first, as the transaction would, so a refused one leaves nothing behind. */
  async appendMany(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    const versions = new Map<string, number>();
    const keys = new Set(this.answers.keys());
    const refused = new Map<number, StreamVersionConflict | IdempotencyKeyTaken>();
    for (const [i, { streamId, expectedVersion, events, options }] of appends.entries()) {
      const version = versions.get(streamId) ?? (await this.readStream(streamId)).length;
      if (version !== expectedVersion) refused.set(i, new StreamVersionConflict(streamId, expectedVersion, version));
      versions.set(streamId, version + events.length);
      const key = options.idempotency && `${options.idempotency.scope}\u0000${options.idempotency.key}`;
      if (key && keys.has(key)) refused.set(i, new IdempotencyKeyTaken(options.idempotency!.key));
      if (key) keys.add(key);
    }
    if (refused.size > 0) throw new AppendsRefused(refused);
    const results: AppendResult[] = [];
    for (const { streamId, expectedVersion, events, options } of appends) results.push(await this.append(streamId, expectedVersion, events, options));
    return results;
  }

  async readAll(filter: ReadAllFilter): Promise<RecordedEvent[]> {
    return this.events.filter((e) => this.passes(e, filter)).slice(0, filter.limit);
  }

  async headPosition(): Promise<number> {
    return this.events.length;
  }

  async outboxBacklog(): Promise<number> {
    return 0;
  }

  async findAnswer(scope: string, key: string): Promise<StoredAnswer | null> {
    return this.answers.get(`${scope}\u0000${key}`) ?? null;
  }

  async streamOfDevelopment(developmentId: string): Promise<string | null> {
    return this.events.find((e) => (e.data as { developmentId?: string }).developmentId === developmentId)?.streamId ?? null;
  }

  /** Forgets everything: each specification starts from its own given events. */
  clear(): void {
    this.events = [];
    this.answers = new Map();
  }

  private passes(e: RecordedEvent, f: ReadAllFilter): boolean {
    const occurred = Date.parse(e.occurredAt);
    return (
      e.position > f.after &&
      (f.through === undefined || e.position <= f.through) &&
      (f.streamId === undefined || e.streamId === f.streamId) &&
      (f.type === undefined || e.type === f.type) &&
      (f.types === undefined || f.types.includes(e.type)) &&
      (f.developmentIds === undefined || f.developmentIds.includes((e.data as { developmentId?: string }).developmentId as string)) &&
      // As the index does: an actor named anywhere in a stream is concerned by all of it.
      (f.actor === undefined || this.events.some((other) => other.streamId === e.streamId && actorsNamedBy(other).includes(f.actor as string))) &&
      (f.occurredFrom === undefined || occurred >= Date.parse(f.occurredFrom)) &&
      (f.occurredTo === undefined || occurred <= Date.parse(f.occurredTo) || (f.occurredToExceptTypes ?? []).includes(e.type)) &&
      (f.recordedTo === undefined || Date.parse(e.recordedAt) <= Date.parse(f.recordedTo)) &&
      (f.recordedAfter === undefined || Date.parse(e.recordedAt) > Date.parse(f.recordedAfter))
    );
  }
}
