import { Injectable, Optional } from '@nestjs/common';
import { ParleyEvent, RecordedEvent, decodeEvent } from '@parley/domain';
import { ParleyMetrics } from '@parley/metrics';
import { DataSource, QueryRunner } from 'typeorm';
import { KeysTaken, PendingAppend, keyTaken, writeBatch } from './append-batch';
import { AppendOptions, AppendResult, EventStore, ReadAllFilter, StoredAnswer, StreamAppend } from './event-store';
import { AppendsRefused, IdempotencyKeyTaken, StreamVersionConflict } from './errors';
import { EventRow, SELECT_EVENT_COLUMNS, rowToEnvelope } from './event-row';
import { GroupCommit } from './group-commit';
import { readAllQuery } from './read-all-query';

const UNIQUE_VIOLATION = '23505';
/** Appends per transaction at most: enough to share a commit widely, small enough to keep it short. */
const MAX_BATCH = 500;

const pgCode = (error: unknown): string | undefined =>
  (error as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (error as { code?: string }).code;
const pgConstraint = (error: unknown): string | undefined =>
  (error as { driverError?: { constraint?: string } }).driverError?.constraint;

@Injectable()
export class PgEventStore extends EventStore {
  private readonly appends = new GroupCommit<PendingAppend, AppendResult>((batch) => this.commitBatch(batch), MAX_BATCH);

  constructor(
    private readonly dataSource: DataSource,
    @Optional() private readonly metrics?: ParleyMetrics,
  ) {
    super();
  }

  async readStream(streamId: string): Promise<RecordedEvent[]> {
    const rows: EventRow[] = await this.dataSource.query(
      `SELECT ${SELECT_EVENT_COLUMNS} FROM events WHERE stream_id = $1 ORDER BY stream_version`,
      [streamId],
    );
    return rows.map((row) => decodeEvent(rowToEnvelope(row)));
  }

  /** One query, one index lookup per stream (LATERAL), as writeBatch reads versions: a plan the log's statistics cannot turn into a scan. */
  override async readStreams(streamIds: readonly string[]): Promise<Map<string, RecordedEvent[]>> {
    const rows: EventRow[] = await this.dataSource.query(
      `SELECT e.* FROM unnest($1::text[]) AS s(id)
       CROSS JOIN LATERAL (SELECT ${SELECT_EVENT_COLUMNS} FROM events WHERE stream_id = s.id ORDER BY stream_version) e`,
      [streamIds],
    );
    const streams = new Map(streamIds.map((streamId) => [streamId, [] as RecordedEvent[]]));
    for (const row of rows) streams.get(row.stream_id)?.push(decodeEvent(rowToEnvelope(row)));
    return streams;
  }

  async readAll(filter: ReadAllFilter): Promise<RecordedEvent[]> {
    const { sql, params } = readAllQuery(filter);
    const rows: EventRow[] = await this.dataSource.query(sql, params);
    return rows.map((row) => decodeEvent(rowToEnvelope(row)));
  }

  async headPosition(): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT position FROM event_log_head`);
    return Number(row.position);
  }

  /** The head less what the relay last recorded as published: its copy of Kafka's, so at most a page behind. */
  async outboxBacklog(): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT greatest(h.position - c.published, 0)::int AS n FROM event_log_head h, relay_cursor c`);
    return row.n;
  }

  async findAnswer(scope: string, key: string): Promise<StoredAnswer | null> {
    const [row] = await this.dataSource.query(
      `SELECT request_hash, response FROM idempotency_keys WHERE scope = $1 AND key = $2`,
      [scope, key],
    );
    return row ? { requestHash: row.request_hash, response: row.response } : null;
  }

  async streamOfDevelopment(developmentId: string): Promise<string | null> {
    const [row] = await this.dataSource.query(
      `SELECT stream_id FROM events WHERE data->>'developmentId' = $1 ORDER BY position LIMIT 1`,
      [developmentId],
    );
    return row?.stream_id ?? null;
  }

  /** Appends wait for the batch being committed and then go together in the next; see GroupCommit. */
  async append(streamId: string, expectedVersion: number, events: readonly ParleyEvent[], options: AppendOptions): Promise<AppendResult> {
    const result = await this.appends.submit({ streamId, expectedVersion, events, options });
    for (const event of events) this.metrics?.eventsAppended.inc({ type: event.type });
    return result;
  }

  /**
   * One transaction outside the group commit (a batch this large is a group of its own), written by
   * writeBatch in slices of MAX_BATCH, as the group commit's batches are, so no statement carries arrays
   * of 10,000 rows (500 measured best beside 50 and 2,000). Each slice reads the versions the slices
   * before it wrote in the same transaction, so appends to one stream chain across slices.
   */
  async appendMany(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    if (appends.length === 0) return [];
    const results = await this.dataSource.transaction(async (manager) => {
      const outcomes: (AppendResult | Error)[] = [];
      for (let first = 0; first < appends.length; first += MAX_BATCH) {
        const slice = appends.slice(first, first + MAX_BATCH);
        outcomes.push(
          ...(await writeBatch(manager.queryRunner as QueryRunner, slice).catch((error: unknown) => {
            if (!(error instanceof KeysTaken)) throw error;
            throw new AppendsRefused(new Map([...error.indexes].map((i) => [first + i, keyTaken(slice[i]) as IdempotencyKeyTaken])));
          })),
        );
      }
      // Throwing rolls the whole transaction back: all or none.
      const refused = new Map(outcomes.flatMap((outcome, i) => (outcome instanceof StreamVersionConflict ? [[i, outcome] as const] : [])));
      if (refused.size > 0) throw new AppendsRefused(refused);
      return outcomes as AppendResult[];
    });
    for (const { events } of appends) for (const event of events) this.metrics?.eventsAppended.inc({ type: event.type });
    return results;
  }

  private async commitBatch(batch: PendingAppend[]): Promise<(AppendResult | Error)[]> {
    try {
      return await this.dataSource.transaction((manager) => writeBatch(manager.queryRunner as QueryRunner, batch));
    } catch (error) {
      if (error instanceof KeysTaken) {
        const rest = batch.filter((_, i) => !error.indexes.has(i));
        const restOutcomes = rest.length > 0 ? await this.commitBatch(rest) : [];
        return batch.map((append, i) => (error.indexes.has(i) ? keyTaken(append) : (restOutcomes.shift() as AppendResult | Error)));
      }
      if (batch.length === 1) return [this.translate(error, batch[0])];
      // Something in the batch broke the transaction: each append alone, so only the culprit fails.
      const outcomes: (AppendResult | Error)[] = [];
      for (const append of batch) outcomes.push(...(await this.commitBatch([append])));
      return outcomes;
    }
  }

  private translate(error: unknown, { streamId, expectedVersion, options }: PendingAppend): Error {
    if (pgCode(error) !== UNIQUE_VIOLATION) return error instanceof Error ? error : new Error(String(error));
    if (pgConstraint(error) === 'events_stream_version_unique') {
      return new StreamVersionConflict(streamId, expectedVersion, null);
    }
    if (pgConstraint(error) === 'idempotency_keys_pkey' && options.idempotency) {
      return new IdempotencyKeyTaken(options.idempotency.key);
    }
    return error as Error;
  }
}
