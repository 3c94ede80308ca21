import { Injectable } from '@nestjs/common';
import { RecordedEvent } from '@parley/domain';
import { PROJECTIONS, Projection } from '@parley/read-models';
import { DataSource, QueryRunner } from 'typeorm';
import { BatchDocuments, DocumentRef, FoldedBatch, GenerationTarget, docKey, documentsOf, foldBatch } from './batch-fold';
import { writeDocumentIndex } from './document-index-writer';
import { writeDocuments } from './document-writes';

/** Buckets of documents each read model is locked by: few enough to bound a batch's locks, enough for small batches to pass each other. */
const DOCUMENT_LOCK_BUCKETS = 64;

const bucketOf = (id: string): number => {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) | 0;
  return Math.abs(hash) % DOCUMENT_LOCK_BUCKETS;
};

/**
 * Applies events to read-model documents inside the caller's transaction. Each generation skips an
 * event whose stream version it has already applied, so a redelivered or republished event counts once.
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
   * The blue generations, those readers use now, each with its projections. The rows stay share-locked
   * until the caller's transaction ends, so a rebuild cannot switch generations under a batch being applied;
   * they are locked in name order, as the switch locks them, so the two never deadlock.
   */
  async blueTargets(runner: QueryRunner, projections: readonly Projection[] = PROJECTIONS): Promise<GenerationTarget[]> {
    const rows: { name: string; generation: number }[] = await runner.query(
      `SELECT name, generation FROM projections ORDER BY name FOR SHARE`,
    );
    const byGeneration = new Map<number, Projection[]>();
    for (const { name, generation } of rows) {
      const projection = projections.find((p) => p.name === name);
      if (projection) byGeneration.set(generation, [...(byGeneration.get(generation) ?? []), projection]);
    }
    return [...byGeneration].map(([generation, list]) => ({ generation, projections: list }));
  }

  async apply(runner: QueryRunner, targets: readonly GenerationTarget[], events: readonly RecordedEvent[]): Promise<void> {
    for (const target of targets) await this.applyToGeneration(runner, target, events);
  }

  private async applyToGeneration(runner: QueryRunner, target: GenerationTarget, events: readonly RecordedEvent[]) {
    const documents = documentsOf(target, events);
    await this.lockDocuments(runner, target.generation, documents);
    const known = await this.streamVersions(runner, target.generation, [...new Set(events.map((e) => e.streamId))]);
    const fresh = events.filter((e) => e.streamVersion > (known.get(e.streamId) ?? 0));
    if (fresh.length === 0) return;
    // Mostly every event is fresh, and the documents are those locked.
    const wanted = fresh.length === events.length ? documents : documentsOf(target, fresh);
    const docs = await this.loadDocuments(runner, target.generation, [...wanted.values()]);
    await this.write(runner, target.generation, foldBatch(target, fresh, known, docs));
  }

  /** Writes a batch folded in memory, inside the caller's transaction: each document once, its sums and rankings, and the streams' versions. */
  async write(runner: QueryRunner, generation: number, batch: FoldedBatch): Promise<void> {
    await writeDocuments(runner, generation, batch.changes);
    await writeDocumentIndex(runner, generation, batch.changes);
    if (batch.versions.size === 0) return;
    await runner.query(
      `INSERT INTO read_model_stream_versions (generation, stream_id, version)
       SELECT $1, unnest($2::text[]), unnest($3::int[])
       ON CONFLICT (generation, stream_id) DO UPDATE SET version = GREATEST(read_model_stream_versions.version, EXCLUDED.version)`,
      [generation, [...batch.versions.keys()], [...batch.versions.values()]],
    );
  }

  /** The last version a generation has applied of each of these streams, those it has any of. */
  async streamVersions(runner: QueryRunner, generation: number, streamIds: readonly string[]): Promise<Map<string, number>> {
    if (streamIds.length === 0) return new Map();
    const rows: { stream_id: string; version: number | null }[] = await runner.query(
      // A lookup per stream, as loadDocuments does per document: `stream_id = ANY($2)` was planned as a
      // scan of the generation's every version, filtered.
      `SELECT s.stream_id,
         (SELECT v.version FROM read_model_stream_versions v WHERE v.generation = $1 AND v.stream_id = s.stream_id) AS version
       FROM unnest($2::text[]) AS s(stream_id)`,
      [generation, streamIds],
    );
    return new Map(rows.flatMap((r) => (r.version === null ? [] : [[r.stream_id, r.version] as const])));
  }

  /**
   * Documents that events of several streams write (a track's status counts exchanges from other
   * streams, on other partitions) can be in two projectors' batches at once. Each batch locks what it
   * will write before it reads anything, versions included, so the second reads what the first committed
   * rather than overwriting it or applying an event twice. The locks are transaction advisory locks on
   * DOCUMENT_LOCK_BUCKETS buckets per read model, taken in one order so two batches never deadlock, and
   * bounded in number however large the batch.
   */
  private async lockDocuments(runner: QueryRunner, generation: number, documents: BatchDocuments) {
    const buckets = new Set([...documents.values()].map(({ projection, id }) => `${generation}:${projection.name}:${bucketOf(id)}`));
    if (buckets.size === 0) return;
    await runner.query(
      `SELECT pg_advisory_xact_lock(k) FROM (SELECT hashtextextended(b, 0) AS k FROM unnest($1::text[]) AS b ORDER BY 1) AS keys`,
      [[...buckets]],
    );
  }

  /** The stored documents among `wanted`, by docKey. */
  async loadDocuments(runner: QueryRunner, generation: number, wanted: readonly DocumentRef[]): Promise<Map<string, unknown>> {
    const docs = new Map<string, unknown>();
    if (wanted.length === 0) return docs;
    // One primary-key lookup per document, whatever the statistics say. As a join, a planner that takes
    // a filling generation for small (autovacuum behind, or off) hashes the whole generation per batch,
    // and each batch costs as much as every document written before it.
    const rows: { projection: string; id: string; doc: unknown }[] = await runner.query(
      `SELECT w.projection, w.id,
         (SELECT d.doc FROM read_model_documents d WHERE d.generation = $1 AND d.projection = w.projection AND d.id = w.id) AS doc
       FROM unnest($2::text[], $3::text[]) AS w(projection, id)`,
      [generation, wanted.map((w) => w.projection.name), wanted.map((w) => w.id)],
    );
    for (const row of rows) if (row.doc !== null) docs.set(docKey(row.projection, row.id), row.doc);
    return docs;
  }

  /**
   * Moves each generation's high-water mark (`applied_through`) to just below the first event of the
   * log it has not applied (or to the head): partitions are applied out of position order, so the mark
   * stops under the oldest gap. Row locks serialise concurrent projectors here, so the last one to
   * commit sees what the others wrote and the mark never stalls short of the truth.
   */
  async advanceHighWaterMark(runner: QueryRunner, generations: readonly number[]): Promise<void> {
    await runner.query(
      `SELECT generation FROM read_model_generations WHERE generation = ANY($1) ORDER BY generation FOR UPDATE`,
      [generations],
    );
    await runner.query(
      `UPDATE read_model_generations g SET applied_through = GREATEST(g.applied_through, coalesce(
         (SELECT e.position - 1 FROM events e
          WHERE e.position > g.applied_through
            AND NOT EXISTS (SELECT 1 FROM read_model_stream_versions v
                            WHERE v.generation = g.generation AND v.stream_id = e.stream_id AND v.version >= e.stream_version)
          ORDER BY e.position LIMIT 1),
         (SELECT position FROM event_log_head)))
       WHERE g.generation = ANY($1)`,
      [generations],
    );
  }
}
