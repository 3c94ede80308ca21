import { Injectable, Optional } from '@nestjs/common';
import { EventMetadata, ParleyEvent, RecordedEvent, CURRENT_SCHEMA_VERSION, decodeEvent } from '@parley/domain';
import { ParleyMetrics } from '@parley/metrics';
import { randomUUID } from 'node:crypto';
import { DataSource, QueryRunner } from 'typeorm';
import { AppendOptions, AppendResult, EventStore, ReadAllFilter, StoredAnswer } from './event-store';
import { IdempotencyKeyTaken, StreamVersionConflict } from './errors';
import { EventRow, SELECT_EVENT_COLUMNS, rowToEnvelope } from './event-row';
import { readAllQuery } from './read-all-query';

const UNIQUE_VIOLATION = '23505';
export const OUTBOX_CHANNEL = 'parley_outbox';

const pgCode = (error: unknown): string | undefined =>
  (error as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (error as { code?: string }).code;
const pgConstraint = (error: unknown): string | undefined =>
  (error as { driverError?: { constraint?: string } }).driverError?.constraint;

@Injectable()
export class PgEventStore extends EventStore {
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

  async readAll(filter: ReadAllFilter): Promise<RecordedEvent[]> {
    const { sql, params } = readAllQuery(filter);
    const rows: EventRow[] = await this.dataSource.query(sql, params);
    return rows.map((row) => decodeEvent(rowToEnvelope(row)));
  }

  async headPosition(): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT position FROM event_log_head`);
    return Number(row.position);
  }

  async outboxBacklog(): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM outbox`);
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

  async append(
    streamId: string,
    expectedVersion: number,
    events: readonly ParleyEvent[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const result = await this.appendInTransaction(runner, streamId, expectedVersion, events, options);
      await runner.commitTransaction();
      for (const event of events) this.metrics?.eventsAppended.inc({ type: event.type });
      return result;
    } catch (error) {
      // On a dropped connection the rollback fails too (PostgreSQL has rolled back already): the
      // first error is the one that says what happened.
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw this.translate(error, streamId, expectedVersion, options);
    } finally {
      await runner.release();
    }
  }

  private async appendInTransaction(
    runner: QueryRunner,
    streamId: string,
    expectedVersion: number,
    events: readonly ParleyEvent[],
    { metadata, idempotency }: AppendOptions,
  ): Promise<AppendResult> {
    const [{ version }] = await runner.query(
      `SELECT coalesce(max(stream_version), 0) AS version FROM events WHERE stream_id = $1`,
      [streamId],
    );
    if (Number(version) !== expectedVersion) {
      throw new StreamVersionConflict(streamId, expectedVersion, Number(version));
    }
    // Taken last and held until commit: the lock that makes positions commit in order.
    const [[{ position: head }]] = await runner.query(
      `UPDATE event_log_head SET position = position + $1 RETURNING position`,
      [events.length],
    );
    const first = Number(head) - events.length + 1;
    const positions = events.map((_, i) => first + i);
    const eventIds = events.map(() => randomUUID());
    await runner.query(
      `INSERT INTO events (position, event_id, stream_id, stream_version, type, schema_version, data, metadata, occurred_at)
       SELECT p, id, $3, v, t, sv, d, $7::jsonb, o
       FROM unnest($1::bigint[], $2::uuid[], $4::int[], $5::text[], $6::int[], $8::jsonb[], $9::timestamptz[])
         AS x(p, id, v, t, sv, d, o)`,
      [
        positions,
        eventIds,
        streamId,
        events.map((_, i) => expectedVersion + i + 1),
        events.map((e) => e.type),
        events.map((e) => CURRENT_SCHEMA_VERSION[e.type]),
        JSON.stringify(metadata satisfies EventMetadata),
        events.map((e) => JSON.stringify(e.data)),
        events.map((e) => e.occurredAt),
      ],
    );
    await runner.query(`INSERT INTO outbox (position) SELECT unnest($1::bigint[])`, [positions]);
    await runner.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
    const result: AppendResult = {
      streamId,
      streamVersion: expectedVersion + events.length,
      position: positions[positions.length - 1],
      eventIds,
    };
    if (idempotency) {
      await runner.query(
        `INSERT INTO idempotency_keys (scope, key, request_hash, response) VALUES ($1, $2, $3, $4)`,
        [idempotency.scope, idempotency.key, idempotency.requestHash, JSON.stringify(idempotency.response(result, events))],
      );
    }
    return result;
  }

  private translate(error: unknown, streamId: string, expectedVersion: number, options: AppendOptions): unknown {
    if (pgCode(error) !== UNIQUE_VIOLATION) return error;
    if (pgConstraint(error) === 'events_stream_version_unique') {
      return new StreamVersionConflict(streamId, expectedVersion, null);
    }
    if (pgConstraint(error) === 'idempotency_keys_pkey' && options.idempotency) {
      return new IdempotencyKeyTaken(options.idempotency.key);
    }
    return error;
  }
}
