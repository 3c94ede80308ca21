import { Injectable } from '@nestjs/common';
import { RecordedEvent } from '@parley/domain';
import { PROJECTIONS, Projection } from '@parley/read-models';
import { DataSource, QueryRunner } from 'typeorm';
import { BatchDocuments, DocumentRef, FoldedBatch, GenerationTarget, docKey, documentsOf, foldBatch } from './batch-fold';
import { inBatchTransaction, runStatements } from './batch-transaction';
import { CombinedWrite } from './combined-write';
import { ZeroedTotals, removeZeroedTotals, writeDocumentIndex } from './document-index-writer';
import { writeDocuments } from './document-writes';
import { highWaterMarkMoves } from './high-water-mark';
import { prepared } from './prepared';

/** Where a consumer has applied each of its partitions through: the offset after the last message applied. */
export interface ConsumedOffsets {
  readonly groupId: string;
  readonly offsets: readonly { readonly topic: string; readonly partition: number; readonly nextOffset: number }[];
}

interface StreamVersions {
  readonly generation: number;
  readonly versions: ReadonlyMap<string, number>;
}

/**
 * A batch's place among transactions that overlap but must write and commit in the order they began
 * (a projector's, TransactionTurns): the next may begin once this one holds its locks, and this one
 * writes only after the one before it wrote, and commits only after it committed.
 */
export interface BatchTurn {
  /** The batch holds the locks of every document it writes: one begun after it cannot write them first. */
  locked(): void;
  /** Resolves once the batch before it has written (its rows locked, so this one cannot lock any first); rejects if it failed. */
  mayWrite(): Promise<void>;
  written(): void;
  /** Resolves once the batch before it has committed; rejects if it failed. */
  mayCommit(): Promise<void>;
}

/** What a projector's transaction does besides applying its batch. */
export interface BatchTransaction {
  /** Where the batch's consumer has got to, recorded with the batch. */
  readonly consumed?: ConsumedOffsets;
  readonly turn?: BatchTurn;
  /** Runs after the batch's writes, before COMMIT: the consumer's dead letters. */
  readonly beforeCommit?: (runner: QueryRunner) => Promise<void>;
}

/** Which generations a projector applies its batches to: those readers use (and follow a rebuild's switch), or a replay's own. */
export type ApplyTo = 'blue' | readonly GenerationTarget[];

/**
 * The blue generations, those readers use now. The rows stay share-locked until the batch's transaction
 * ends, so a rebuild cannot switch generations under it; they are locked in name order, as the switch
 * locks them, so the two never deadlock.
 */
const BLUE_TARGETS = `SELECT name, generation FROM projections ORDER BY name FOR SHARE`;

interface TargetRow {
  readonly name: string;
  readonly generation: number;
}

/** The generations, each with its projections. */
function targetsOf(rows: readonly TargetRow[]): GenerationTarget[] {
  const byGeneration = new Map<number, Projection[]>();
  for (const { name, generation } of rows) {
    const projection = PROJECTIONS.find((p) => p.name === name);
    if (projection) byGeneration.set(generation, [...(byGeneration.get(generation) ?? []), projection]);
  }
  return [...byGeneration].map(([generation, list]) => ({ generation, projections: list }));
}

const streamKey = (generation: number, streamId: string) => `${generation}\u0000${streamId}`;

/**
 * Documents of a read model `ownedByStream` whose stream this batch claimed, new to the generation: no
 * event of that stream has been applied to it, so no such document is stored, and none is read.
 */
function unstoredDocuments(target: GenerationTarget, events: readonly RecordedEvent[], claimed: ReadonlySet<string>): Set<string> {
  const keys = new Set<string>();
  const owned = target.projections.filter((p) => p.ownedByStream);
  for (const event of events) {
    if (!claimed.has(streamKey(target.generation, event.streamId))) continue;
    for (const projection of owned) for (const id of projection.documentIds(event)) keys.add(docKey(projection.name, id));
  }
  return keys;
}

/** Buckets of documents each read model is locked by: few enough to bound a batch's locks, enough for small batches to pass each other. */
const DOCUMENT_LOCK_BUCKETS = 64;

const bucketOf = (id: string): number => {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) | 0;
  return Math.abs(hash) % DOCUMENT_LOCK_BUCKETS;
};

/**
 * Applies events to read-model documents, inside the caller's transaction or in one of its own (a
 * projector's batch). Each generation skips an event whose stream version it has already applied, so a
 * redelivered or republished event counts once.
 */
@Injectable()
export class ProjectionWriter {
  constructor(private readonly dataSource: DataSource) {}

  /** Registers read models that are new to this database, at their version, with the generation the others are in. */
  async register(projections: readonly Projection[] = PROJECTIONS): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO projections (name, version, generation)
       SELECT unnest($1::text[]), unnest($2::int[]),
         coalesce((SELECT min(generation) FROM projections), (SELECT min(generation) FROM read_model_generations))
       ON CONFLICT (name) DO NOTHING`,
      [projections.map((p) => p.name), projections.map((p) => p.version)],
    );
  }

  /** Read models stored by an earlier version of their reducer than this code's. */
  async outdated(projections: readonly Projection[] = PROJECTIONS): Promise<Projection[]> {
    const rows: { name: string; version: number }[] = await this.dataSource.query(`SELECT name, version FROM projections`);
    return projections.filter((p) => rows.some((r) => r.name === p.name && r.version < p.version));
  }

  /**
   * Applies a batch in a transaction of its own, as a projector does: to the blue generations
   * (BLUE_TARGETS, read with START TRANSACTION) or to `applyTo`'s, with their high-water marks moved
   * with COMMIT.
   */
  async applyInTransaction(applyTo: ApplyTo, events: readonly RecordedEvent[], options: BatchTransaction = {}): Promise<void> {
    await inBatchTransaction<TargetRow>(this.dataSource, applyTo === 'blue' ? [BLUE_TARGETS] : [], async (runner, opened) => {
      const targets = applyTo === 'blue' ? targetsOf(opened) : applyTo;
      await this.apply(runner, targets, events, options);
      await options.beforeCommit?.(runner);
      await options.turn?.mayCommit();
      return highWaterMarkMoves(targets.map((t) => t.generation));
    });
  }

  /**
   * Applies `events` to each target. With `consumed`, where a consumer has got to in its partitions is
   * recorded in the same statement as the documents and the streams' versions: a live batch's
   * transaction is mostly round trips. New documents and rankings sent by COPY go before the batch's
   * `turn` to write: no one else can write them, and they wait for nothing.
   *
   * Before anything is read, the batch locks what it writes, so that a batch writing the same after it
   * reads what this one commits rather than overwriting it or applying an event twice: the buckets of
   * documents several streams write (lockDocuments), then its streams (claimStreams), whose rows
   * guard the documents one stream alone writes.
   */
  async apply(
    runner: QueryRunner,
    targets: readonly GenerationTarget[],
    events: readonly RecordedEvent[],
    { consumed, turn }: BatchTransaction = {},
  ): Promise<void> {
    const documents = targets.map((target) => documentsOf(target, events));
    await this.lockDocuments(runner, targets.map((target, i) => ({ generation: target.generation, documents: documents[i] })));
    const { applied, claimed } = await this.claimStreams(runner, targets, events);
    turn?.locked();
    const write = new CombinedWrite();
    const versions: StreamVersions[] = [];
    for (const [i, target] of targets.entries()) {
      const unstored = unstoredDocuments(target, events, claimed);
      const batch = await this.foldForGeneration(runner, target, applied.get(target.generation)!, unstored, documents[i], events);
      if (!batch) continue;
      await this.addChanges(runner, write, target.generation, batch);
      // A stream claimed by this batch has its row at the batch's last version already.
      const unwritten = [...batch.versions].filter(([stream]) => !claimed.has(streamKey(target.generation, stream)));
      versions.push({ generation: target.generation, versions: new Map(unwritten) });
    }
    this.addVersions(write, versions, consumed);
    await turn?.mayWrite();
    await this.send(runner, write);
    turn?.written();
  }

  /** Records where a consumer's fetches ended that brought nothing to apply. */
  async recordOffsets(consumed: ConsumedOffsets): Promise<void> {
    const write = new CombinedWrite();
    this.addVersions(write, [], consumed);
    await write.send(this.dataSource);
  }

  private async foldForGeneration(
    runner: QueryRunner,
    target: GenerationTarget,
    applied: ReadonlyMap<string, number>,
    unstored: ReadonlySet<string>,
    documents: BatchDocuments,
    events: readonly RecordedEvent[],
  ): Promise<FoldedBatch | null> {
    const fresh = events.filter((e) => e.streamVersion > (applied.get(e.streamId) ?? 0));
    if (fresh.length === 0) return null;
    const wanted = [...documents].filter(([key]) => !unstored.has(key)).map(([, ref]) => ref);
    const stored = await this.readStored(runner, target.generation, [], wanted);
    return foldBatch(target, fresh, applied, stored.documents);
  }

  /**
   * Writes a batch folded in memory, inside the caller's transaction: each document once, its sums and
   * rankings, and the streams' versions. New documents and rankings go by COPY before the batch's `turn`
   * to write, as `apply`'s do.
   */
  async write(runner: QueryRunner, generation: number, batch: FoldedBatch, turn?: BatchTurn): Promise<void> {
    const write = new CombinedWrite();
    await this.addChanges(runner, write, generation, batch);
    this.addVersions(write, [{ generation, versions: batch.versions }]);
    await turn?.mayWrite();
    await this.send(runner, write);
    turn?.written();
  }

  private async addChanges(runner: QueryRunner, write: CombinedWrite, generation: number, batch: FoldedBatch): Promise<void> {
    await writeDocuments(runner, write, generation, batch.changes);
    await writeDocumentIndex(runner, write, generation, batch.changes);
  }

  private async send(runner: QueryRunner, write: CombinedWrite): Promise<void> {
    await removeZeroedTotals(runner, await write.send<ZeroedTotals>(runner));
  }

  private addVersions(write: CombinedWrite, streams: readonly StreamVersions[], consumed?: ConsumedOffsets): void {
    const versions = streams.flatMap(({ generation, versions }) => [...versions].map(([stream, version]) => [generation, stream, version] as const));
    const offsets = consumed?.offsets ?? [];
    if (offsets.length > 0) {
      write.add(
        (p) =>
          // Offsets never move back: a batch fetched again after a rebalance only re-applies events skipped here.
          `INSERT INTO projector_offsets (group_id, topic, partition, next_offset)
           SELECT ${p(consumed!.groupId)}::text, unnest(${p(offsets.map((o) => o.topic))}::text[]),
             unnest(${p(offsets.map((o) => o.partition))}::int[]), unnest(${p(offsets.map((o) => o.nextOffset))}::bigint[])
           ON CONFLICT (group_id, topic, partition) DO UPDATE
             SET next_offset = GREATEST(projector_offsets.next_offset, EXCLUDED.next_offset), updated_at = now()`,
      );
    }
    if (versions.length > 0) {
      write.add(
        (p) =>
          `INSERT INTO read_model_stream_versions (generation, stream_id, version)
           SELECT unnest(${p(versions.map(([generation]) => generation))}::int[]), unnest(${p(versions.map(([, stream]) => stream))}::text[]),
             unnest(${p(versions.map(([, , version]) => version))}::int[])
           ON CONFLICT (generation, stream_id) DO UPDATE SET version = GREATEST(read_model_stream_versions.version, EXCLUDED.version)`,
      );
    }
  }

  /** The last version a generation has applied of each of these streams, those it has any of. */
  async streamVersions(runner: QueryRunner, generation: number, streamIds: readonly string[]): Promise<Map<string, number>> {
    return (await this.readStored(runner, generation, streamIds, [])).versions;
  }

  /** The stored documents among `wanted`, by docKey. */
  async loadDocuments(runner: QueryRunner, generation: number, wanted: readonly DocumentRef[]): Promise<Map<string, unknown>> {
    return (await this.readStored(runner, generation, [], wanted)).documents;
  }

  /** In one round trip, the versions a generation has applied of `streamIds` and its stored documents among `wanted`. */
  private async readStored(runner: QueryRunner, generation: number, streamIds: readonly string[], wanted: readonly DocumentRef[]) {
    const versions = new Map<string, number>();
    const documents = new Map<string, unknown>();
    if (streamIds.length === 0 && wanted.length === 0) return { versions, documents };
    const rows = await prepared<{ projection: string | null; id: string; value: unknown }>(
      runner,
      // A primary-key lookup per stream and per document, whatever the statistics say. As a join (or
      // `= ANY($2)`), a planner that takes a filling generation for small (autovacuum behind, or off)
      // scans or hashes the whole generation per batch, and each batch costs as much as every row
      // written before it.
      `SELECT NULL AS projection, s.stream_id AS id,
         to_jsonb((SELECT v.version FROM read_model_stream_versions v WHERE v.generation = $1 AND v.stream_id = s.stream_id)) AS value
       FROM unnest($2::text[]) AS s(stream_id)
       UNION ALL
       SELECT w.projection, w.id,
         (SELECT d.doc FROM read_model_documents d WHERE d.generation = $1 AND d.projection = w.projection AND d.id = w.id)
       FROM unnest($3::text[], $4::text[]) AS w(projection, id)`,
      [generation, streamIds, wanted.map((w) => w.projection.name), wanted.map((w) => w.id)],
    );
    for (const { projection, id, value } of rows) {
      if (value === null) continue;
      if (projection === null) versions.set(id, value as number);
      else documents.set(docKey(projection, id), value);
    }
    return { versions, documents };
  }

  /**
   * Documents that events of several streams write (a track's status counts exchanges from other
   * streams, on other partitions) can be in two projectors' batches at once. Each batch locks those it
   * will write before it reads anything. The locks are transaction advisory locks on
   * DOCUMENT_LOCK_BUCKETS buckets per read model, taken in one order so two batches never deadlock, and
   * bounded in number however large the batch: every generation's in one statement. A read model whose
   * documents one stream each writes (`ownedByStream`) needs none: its streams' rows guard them
   * (claimStreams), and a backlog's consecutive batches, which would share every bucket, share no stream.
   */
  private async lockDocuments(runner: QueryRunner, targets: readonly { generation: number; documents: BatchDocuments }[]) {
    const buckets = new Set(
      targets.flatMap(({ generation, documents }) =>
        [...documents.values()].flatMap(({ projection, id }) => (projection.ownedByStream ? [] : [`${generation}:${projection.name}:${bucketOf(id)}`])),
      ),
    );
    if (buckets.size === 0) return;
    await prepared(
      runner,
      `SELECT pg_advisory_xact_lock(k) FROM (SELECT hashtextextended(b, 0) AS k FROM unnest($1::text[]) AS b ORDER BY 1) AS keys`,
      [[...buckets]],
    );
  }

  /**
   * The last version each generation has applied of each stream, its row locked until the batch ends:
   * a batch with events of the same streams, a partition fetched again by another consumer after a
   * rebalance, waits for this one and then skips what it applied. A stream new to the generation is
   * claimed by inserting its row at the batch's last version (`claimed`: the write then leaves it be);
   * an insert that meets another batch's waits for it. The others' rows are locked and read in a
   * statement of their own, so it sees what was committed while the insert waited. Row locks live in
   * the rows, not in PostgreSQL's lock table, so a batch may hold thousands; both statements take them
   * in one order, so two batches never deadlock.
   */
  private async claimStreams(runner: QueryRunner, targets: readonly GenerationTarget[], events: readonly RecordedEvent[]) {
    const last = new Map<string, number>();
    for (const { streamId, streamVersion } of events) last.set(streamId, Math.max(last.get(streamId) ?? 0, streamVersion));
    const streams = [...last.keys()].sort();
    const pairs = targets.flatMap(({ generation }) => streams.map((stream) => [generation, stream] as const));
    const applied = new Map(targets.map((t) => [t.generation, new Map<string, number>()]));
    const claimed = new Set<string>();
    if (pairs.length === 0) return { applied, claimed };
    const inserted = await prepared<{ generation: number; stream_id: string }>(
      runner,
      `INSERT INTO read_model_stream_versions (generation, stream_id, version)
       SELECT * FROM unnest($1::int[], $2::text[], $3::int[])
       ON CONFLICT (generation, stream_id) DO NOTHING
       RETURNING generation, stream_id`,
      [pairs.map(([g]) => g), pairs.map(([, s]) => s), pairs.map(([, s]) => last.get(s)!)],
    );
    for (const { generation, stream_id } of inserted) claimed.add(streamKey(generation, stream_id));
    const known = pairs.filter(([g, s]) => !claimed.has(streamKey(g, s)));
    if (known.length === 0) return { applied, claimed };
    const rows = await prepared<{ generation: number; stream_id: string; version: number }>(
      runner,
      // A primary-key lookup a stream, whatever the statistics say (readStored).
      `SELECT v.generation, v.stream_id, v.version FROM unnest($1::int[], $2::text[]) AS w(generation, stream_id)
       CROSS JOIN LATERAL (SELECT generation, stream_id, version FROM read_model_stream_versions x
         WHERE x.generation = w.generation AND x.stream_id = w.stream_id FOR UPDATE) v`,
      [known.map(([g]) => g), known.map(([, s]) => s)],
    );
    for (const { generation, stream_id, version } of rows) applied.get(generation)!.set(stream_id, version);
    return { applied, claimed };
  }

  /** Moves the generations' high-water marks (highWaterMarkMoves), inside the caller's transaction. */
  async advanceHighWaterMark(runner: QueryRunner, generations: readonly number[]): Promise<void> {
    await runStatements(runner, highWaterMarkMoves(generations));
  }
}
