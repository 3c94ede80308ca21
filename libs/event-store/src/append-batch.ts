import { CURRENT_SCHEMA_VERSION, ParleyEvent } from '@parley/domain';
import { randomUUID } from 'node:crypto';
import { QueryRunner } from 'typeorm';
import { AppendOptions, AppendResult } from './event-store';
import { IdempotencyKeyTaken, StreamVersionConflict } from './errors';
import { appendedOf, indexConcernedActors } from './event-actors';

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
 * Writes a batch of appends in the caller's transaction. The log's position lock is taken first and
 * held until commit: every other writer has committed by then, so each stream's version is read
 * exactly and an append whose stream moved on is refused alone, while the others go ahead. Positions
 * follow the order of the batch, with no gaps, and become visible in order.
 */
export async function writeBatch(runner: QueryRunner, batch: readonly PendingAppend[]): Promise<(AppendResult | Error)[]> {
  const [{ position: head }] = await runner.query(`SELECT position FROM event_log_head FOR UPDATE`);
  const streams = [...new Set(batch.map((a) => a.streamId))];
  // One index lookup per stream. As `stream_id = ANY(…) GROUP BY`, a planner without statistics on the
  // log (autovacuum behind, or off) scanned every event of it for each batch.
  const rows: { stream_id: string; version: number | null }[] = await runner.query(
    `SELECT s.stream_id, (SELECT max(e.stream_version) FROM events e WHERE e.stream_id = s.stream_id) AS version
     FROM unnest($1::text[]) AS s(stream_id)`,
    [streams],
  );
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
  await claimIdempotencyKeys(runner, accepted);
  if (position > Number(head)) {
    await insertEvents(runner, accepted, position);
    const appended = accepted.flatMap(({ append, result }) =>
      append.events.map((event, i) => ({ streamId: append.streamId, position: result.position - append.events.length + 1 + i, event })),
    );
    await indexConcernedActors(runner, appendedOf(appended));
  }
  return outcomes;
}

/** Stores each idempotent append's answer; throws KeysTaken when a key is already stored (or twice in the batch). */
async function claimIdempotencyKeys(runner: QueryRunner, accepted: readonly Accepted[]): Promise<void> {
  const keyed = accepted.filter((a) => a.append.options.idempotency);
  if (keyed.length === 0) return;
  const keyOf = (a: Accepted) => `${a.append.options.idempotency!.scope}\u0000${a.append.options.idempotency!.key}`;
  // The first append of each key claims it; a later one in the same batch is refused like a taken key.
  const firstOfKey = new Map<string, Accepted>();
  for (const a of keyed) if (!firstOfKey.has(keyOf(a))) firstOfKey.set(keyOf(a), a);
  const first = [...firstOfKey.values()];
  const claimed: { scope: string; key: string }[] = await runner.query(
    `INSERT INTO idempotency_keys (scope, key, request_hash, response)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[])
     ON CONFLICT DO NOTHING RETURNING scope, key`,
    [
      first.map((a) => a.append.options.idempotency!.scope),
      first.map((a) => a.append.options.idempotency!.key),
      first.map((a) => a.append.options.idempotency!.requestHash),
      first.map((a) => JSON.stringify(a.append.options.idempotency!.response(a.result, a.append.events))),
    ],
  );
  const won = new Set(claimed.map((c) => `${c.scope}\u0000${c.key}`));
  const lost = keyed.filter((a) => firstOfKey.get(keyOf(a)) !== a || !won.has(keyOf(a)));
  if (lost.length > 0) throw new KeysTaken(new Set(lost.map((a) => a.index)));
}

/** The events, the new head and the wake-up call of the relay and the log's followers, in one statement. */
async function insertEvents(runner: QueryRunner, accepted: readonly Accepted[], head: number): Promise<void> {
  const rows = accepted.flatMap(({ append, result }) => {
    const metadata = JSON.stringify(append.options.metadata);
    const first = result.position - append.events.length + 1;
    return append.events.map((event, i) => ({ event, metadata, position: first + i, version: append.expectedVersion + i + 1, id: result.eventIds[i], streamId: append.streamId }));
  });
  await runner.query(
    `WITH appended AS (
       INSERT INTO events (position, event_id, stream_id, stream_version, type, schema_version, data, metadata, occurred_at)
       SELECT * FROM unnest($1::bigint[], $2::uuid[], $3::text[], $4::int[], $5::text[], $6::int[], $7::jsonb[], $8::jsonb[], $9::timestamptz[])),
     moved AS (UPDATE event_log_head SET position = $10)
     SELECT pg_notify($11, '')`,
    [
      rows.map((r) => r.position),
      rows.map((r) => r.id),
      rows.map((r) => r.streamId),
      rows.map((r) => r.version),
      rows.map((r) => r.event.type),
      rows.map((r) => CURRENT_SCHEMA_VERSION[r.event.type]),
      rows.map((r) => JSON.stringify(r.event.data)),
      rows.map((r) => r.metadata),
      rows.map((r) => r.event.occurredAt),
      head,
      OUTBOX_CHANNEL,
    ],
  );
}

export const keyTaken = (append: PendingAppend): Error => new IdempotencyKeyTaken(append.options.idempotency!.key);
