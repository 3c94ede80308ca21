import { Injectable, Optional } from '@nestjs/common';
import { CURRENT_SCHEMA_VERSION, ParleyEvent, RecordedEvent, decodeEvent } from '@parley/domain';
import { randomUUID } from 'node:crypto';
import { ParleyMetrics } from '@parley/metrics';
import { ClientBase, Pool, QueryResult, escapeLiteral } from 'pg';
import { DataSource, QueryRunner } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { AppendOptions, AppendResult, EventStore, ReadAllFilter, StoredAnswer, StreamAppend } from './event-store';
import { AppendsRefused, IdempotencyKeyTaken, StreamVersionConflict } from './errors';
import { actorIndex, appendedOf } from './event-actors';
import { EventRow, SELECT_EVENT_COLUMNS, rowToEnvelope } from './event-row';
import { GroupCommit } from './group-commit';
import { readAllQuery } from './read-all-query';

const UNIQUE_VIOLATION = '23505';
/** Appends per transaction at most: enough to share a commit widely, small enough to keep it short. */
const MAX_BATCH = 500;
/** Reads in one query at most (each names a command's few streams). */
const MAX_READS = 200;

const pgCode = (error: unknown): string | undefined =>
  (error as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (error as { code?: string }).code;
const pgConstraint = (error: unknown): string | undefined =>
  (error as { driverError?: { constraint?: string }; constraint?: string }).driverError?.constraint ?? (error as { constraint?: string }).constraint;

@Injectable()
export class PgEventStore extends EventStore {
  private readonly appends = new GroupCommit<PendingAppend, AppendResult>((batch) => this.commitBatch(batch), MAX_BATCH);
  private readonly streamReads = new GroupCommit<readonly string[], Map<string, RecordedEvent[]>>((reads) => this.readStreamsTogether(reads), MAX_READS);

  constructor(
    private readonly dataSource: DataSource,
    @Optional() private readonly metrics?: ParleyMetrics,
  ) {
    super();
  }

  /**
   * A read outside any transaction straight through the pool TypeORM opened: one pool checkout, where
   * TypeORM's `query` makes, connects and releases a QueryRunner around it (TypeORM's code fell from
   * 12.8 % to 5.4 % of the api's profile under the benchmark's loads, bench/README.md point 20; a
   * command's reads are most of its queries). Errors are pg's own,
   * which the callers' checks (SQLSTATE, connection lost) read as they read TypeORM's wrapping of them.
   */
  private async read<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]> {
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool | undefined;
    if (!pool) return this.dataSource.query(sql, params as unknown[]);
    return (await pool.query(sql, params as unknown[])).rows as Row[];
  }

  async readStream(streamId: string): Promise<RecordedEvent[]> {
    return (await this.readStreams([streamId])).get(streamId) ?? [];
  }

  /**
   * Reads arriving while one is under way wait for it and then go together, in one query (GroupCommit,
   * as appends do): every command reads its streams, and that query, one a command with its socket
   * write and round trip, was most of the api's pg work under ingest (bench/README.md point 27). A read
   * still starts after it was asked for, so it sees every write committed before.
   */
  override readStreams(streamIds: readonly string[]): Promise<Map<string, RecordedEvent[]>> {
    return this.streamReads.submit(streamIds);
  }

  /** One query, one index lookup per stream (LATERAL), as writeBatch reads versions: a plan the log's statistics cannot turn into a scan. */
  private async readStreamsTogether(reads: (readonly string[])[]): Promise<Map<string, RecordedEvent[]>[]> {
    const streamIds = [...new Set(reads.flat())];
    const rows: EventRow[] = await this.read(
      `SELECT e.* FROM unnest($1::text[]) AS s(id)
       CROSS JOIN LATERAL (SELECT ${SELECT_EVENT_COLUMNS} FROM events WHERE stream_id = s.id ORDER BY stream_version) e`,
      [streamIds],
    );
    const streams = new Map(streamIds.map((streamId) => [streamId, [] as RecordedEvent[]]));
    for (const row of rows) streams.get(row.stream_id)?.push(decodeEvent(rowToEnvelope(row)));
    // Each read its own arrays; the events, never changed once decoded, are shared.
    return reads.map((ids) => new Map(ids.map((streamId) => [streamId, [...(streams.get(streamId) as RecordedEvent[])]])));
  }

  async readAll(filter: ReadAllFilter): Promise<RecordedEvent[]> {
    const { sql, params } = readAllQuery(filter);
    const rows: EventRow[] = await this.dataSource.query(sql, params);
    return rows.map((row) => decodeEvent(rowToEnvelope(row)));
  }

  async headPosition(): Promise<number> {
    const [row] = await this.read<{ position: string }>(`SELECT position FROM event_log_head`);
    return Number(row.position);
  }

  /** The head less what the relay last recorded as published: its copy of Kafka's, so at most a page behind. */
  async outboxBacklog(): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT greatest(h.position - c.published, 0)::int AS n FROM event_log_head h, relay_cursor c`);
    return row.n;
  }

  async findAnswer(scope: string, key: string): Promise<StoredAnswer | null> {
    const [row] = await this.read<{ request_hash: string; response: unknown }>(
      `SELECT request_hash, response FROM idempotency_keys WHERE scope = $1 AND key = $2`,
      [scope, key],
    );
    return row ? { requestHash: row.request_hash, response: row.response } : null;
  }

  async streamOfDevelopment(developmentId: string): Promise<string | null> {
    const [row] = await this.read<{ stream_id: string }>(
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
          ...(await writeBatch(pgClientOf(manager.queryRunner as QueryRunner), slice, false).catch((error: unknown) => {
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
      return await this.inOwnTransaction((client) => writeBatch(client, batch, true));
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

  /**
   * A connection of the pool for a batch that begins and commits its own transaction (writeBatch's
   * `own`); rolled back when anything failed, and given back, or dropped if the failure was its own.
   */
  private async inOwnTransaction<T>(write: (client: ClientBase) => Promise<T>): Promise<T> {
    const [client, release] = (await (this.dataSource.driver as PostgresDriver).obtainMasterConnection()) as [ClientBase, (error?: Error) => void];
    try {
      const result = await write(client);
      release();
      return result;
    } catch (error) {
      await client.query('ROLLBACK').then(
        () => release(),
        (lost: Error) => release(lost),
      );
      throw error;
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

export const OUTBOX_CHANNEL = 'parley_outbox';

export interface PendingAppend {
  readonly streamId: string;
  readonly expectedVersion: number;
  readonly events: readonly ParleyEvent[];
  readonly options: AppendOptions;
}

/** Some idempotency keys of the batch were committed by another writer: roll back, refuse those, redo the rest. */
export class KeysTaken extends Error {
  constructor(readonly indexes: ReadonlySet<number>) {
    super(`${indexes.size} idempotency keys taken`);
  }
}

type Accepted = { readonly index: number; readonly append: PendingAppend; readonly result: AppendResult };

/**
 * Writes a batch of appends: in a transaction of its own (`own`: BEGIN goes with its first statement,
 * COMMIT with its last, two round trips where there were five, bench/README.md point 27) or in the
 * caller's. The log's position lock is taken first and held until commit: every other writer has
 * committed by then, so each stream's version is read exactly (by a statement after the lock's, with a
 * snapshot of its own) and an append whose stream moved on is refused alone, while the others go ahead.
 * Positions follow the order of the batch, with no gaps, and become visible in order.
 */
export async function writeBatch(client: ClientBase, batch: readonly PendingAppend[], own: boolean): Promise<(AppendResult | Error)[]> {
  const streams = [...new Set(batch.map((a) => a.streamId))];
  // One index lookup per stream. As `stream_id = ANY(…) GROUP BY`, a planner without statistics on the
  // log (autovacuum behind, or off) scanned every event of it for each batch.
  const [{ rows: [{ position: head }] }, { rows }] = (
    (await client.query(
      inlined(
        `${own ? 'BEGIN; ' : ''}SELECT position FROM event_log_head FOR UPDATE;
         SELECT s.stream_id, (SELECT max(e.stream_version) FROM events e WHERE e.stream_id = s.stream_id) AS version
         FROM unnest($1::text[]) AS s(stream_id)`,
        [streams],
      ),
    )) as unknown as QueryResult[]
  ).slice(own ? 1 : 0) as [QueryResult<{ position: string }>, QueryResult<{ stream_id: string; version: number | null }>];
  const versions = new Map(rows.map((r) => [r.stream_id, Number(r.version ?? 0)]));
  let position = Number(head);
  const accepted: Accepted[] = [];
  const outcomes = batch.map((append, index): AppendResult | Error => {
    const version = versions.get(append.streamId) ?? 0;
    if (version !== append.expectedVersion) return new StreamVersionConflict(append.streamId, append.expectedVersion, version);
    versions.set(append.streamId, version + append.events.length);
    position += append.events.length;
    const result = { streamId: append.streamId, streamVersion: version + append.events.length, position, eventIds: append.events.map(() => randomUUID()) };
    accepted.push({ index, append, result });
    return result;
  });
  await claimIdempotencyKeys(client, accepted);
  const commit = own ? '; COMMIT' : '';
  if (position > Number(head)) await insertEvents(client, accepted, position, commit);
  else if (own) await client.query('COMMIT');
  return outcomes;
}

/** The connection a TypeORM transaction holds: pg's client, which writeBatch sends its statements through. */
const pgClientOf = (runner: QueryRunner): ClientBase => (runner as unknown as { databaseConnection: ClientBase }).databaseConnection;

type Param = string | number | readonly (string | number | null)[];

/** A value as PostgreSQL's input text: a scalar as it is, an array as an array literal, each element quoted. */
const inputText = (value: Param): string =>
  typeof value === 'object'
    ? `{${value.map((e) => (e === null ? 'NULL' : `"${String(e).replace(/[\\"]/g, '\\$&')}"`)).join(',')}}`
    : String(value);

/**
 * The statement with its parameters written in as literals: a simple query, which may carry several
 * statements (BEGIN or COMMIT beside the batch's own) in one round trip, where one with parameters
 * carries one. Each literal is the parameter's input text, quoted.
 */
function inlined(sql: string, params: readonly Param[]): string {
  // pg's own quoting: quotes doubled, and backslashes too in an E'' string, whatever the server's settings.
  return sql.replace(/\$(\d+)/g, (_, n: string) => escapeLiteral(inputText(params[Number(n) - 1])));
}

/** Stores each idempotent append's answer; throws KeysTaken when a key is already stored (or twice in the batch). */
async function claimIdempotencyKeys(client: ClientBase, accepted: readonly Accepted[]): Promise<void> {
  const keyed = accepted.filter((a) => a.append.options.idempotency);
  if (keyed.length === 0) return;
  const keyOf = (a: Accepted) => `${a.append.options.idempotency!.scope}\u0000${a.append.options.idempotency!.key}`;
  // The first append of each key claims it; a later one in the same batch is refused like a taken key.
  const firstOfKey = new Map<string, Accepted>();
  for (const a of keyed) if (!firstOfKey.has(keyOf(a))) firstOfKey.set(keyOf(a), a);
  const first = [...firstOfKey.values()];
  // One JSON array of rows, as the events go (insertEvents): each answer is not quoted again as an array element.
  const rows = first.map(({ append: { options, events }, result }) => {
    const { scope, key, requestHash, response } = options.idempotency!;
    return { scope, key, requestHash, response: response(result, events) };
  });
  const { rows: claimed } = await client.query<{ scope: string; key: string }>(
    `INSERT INTO idempotency_keys (scope, key, request_hash, response)
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(scope text, key text, "requestHash" text, response jsonb)
     ON CONFLICT DO NOTHING RETURNING scope, key`,
    [JSON.stringify(rows)],
  );
  const won = new Set(claimed.map((c) => `${c.scope}\u0000${c.key}`));
  const lost = keyed.filter((a) => firstOfKey.get(keyOf(a)) !== a || !won.has(keyOf(a)));
  if (lost.length > 0) throw new KeysTaken(new Set(lost.map((a) => a.index)));
}

/**
 * The events, their actors' index, the new head and the wake-up call of the relay and the log's
 * followers, in one statement, and `commit` after it in the same round trip. The events go as one JSON
 * array of rows, made by one JSON.stringify: as arrays of text each event's JSON was quoted again as an
 * array element, and inlined a third time character by character, the most of a batch import's CPU in
 * the api (bench/README.md point 29). Read as jsonb: json_to_recordset cost PostgreSQL five times the
 * CPU a row, jsonb_to_recordset what the arrays did. Without a commit to carry (appendMany, in a
 * transaction of its caller's) it is a parameter, not a literal.
 */
async function insertEvents(client: ClientBase, accepted: readonly Accepted[], head: number, commit: string): Promise<void> {
  const appended = accepted.flatMap(({ append, result }) =>
    append.events.map((event, i) => ({ append, event, id: result.eventIds[i], version: append.expectedVersion + i + 1, position: result.position - append.events.length + 1 + i, streamId: append.streamId })),
  );
  // The columns in the order of the insert's.
  const rows = appended.map(({ append, event, id, version, position, streamId }) => ({
    position,
    id,
    streamId,
    version,
    type: event.type,
    schemaVersion: CURRENT_SCHEMA_VERSION[event.type],
    data: event.data,
    metadata: append.options.metadata,
    occurredAt: event.occurredAt,
  }));
  const actors = actorIndex(4, appendedOf(appended));
  const sql = `WITH appended AS (
       INSERT INTO events (position, event_id, stream_id, stream_version, type, schema_version, data, metadata, occurred_at)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(position bigint, id uuid, "streamId" text, version int, type text, "schemaVersion" int, data jsonb, metadata jsonb, "occurredAt" timestamptz)),
     moved AS (UPDATE event_log_head SET position = $2),
     ${actors.ctes}
     SELECT pg_notify($3, '')`;
  const params = [JSON.stringify(rows), head, OUTBOX_CHANNEL, ...actors.params];
  await client.query(commit ? inlined(sql, params) + commit : sql, commit ? undefined : params);
}

export const keyTaken = (append: PendingAppend): Error => new IdempotencyKeyTaken(append.options.idempotency!.key);
