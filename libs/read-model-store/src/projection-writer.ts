import { Injectable } from '@nestjs/common';
import { RecordedEvent } from '@parley/domain';
import { PROJECTIONS, Projection, searchedStrings } from '@parley/read-models';
import { DataSource, QueryRunner } from 'typeorm';
import { writeDocumentIndex } from './document-index-writer';

/** A generation of read models, blue (readers use it) or green (a rebuild fills it), and the projections written into it. */
export interface GenerationTarget {
  readonly generation: number;
  readonly projections: readonly Projection[];
}

/**
 * What `parley_search_vector` (migration SearchWritten1765000200000) makes a document's `search` of: its
 * searched strings joined by U+0001, which none of them may then hold (as a non-alphanumeric character
 * it is read as a break between words either way).
 */
export const searchedText = (doc: Record<string, unknown>): string =>
  searchedStrings(doc)
    .map((text) => text.replaceAll('\u0001', ' '))
    .join('\u0001');

const docKey = (projection: string, id: string) => `${projection}\u0000${id}`;

/** The documents a batch's events write, by docKey: locked, then loaded, once per batch. */
type BatchDocuments = Map<string, { readonly projection: Projection; readonly id: string }>;

function documentsOf(target: GenerationTarget, events: readonly RecordedEvent[]): BatchDocuments {
  const documents: BatchDocuments = new Map();
  for (const event of events) {
    for (const projection of target.projections) {
      for (const id of projection.documentIds(event)) documents.set(docKey(projection.name, id), { projection, id });
    }
  }
  return documents;
}

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
    const streamIds = [...new Set(events.map((e) => e.streamId))];
    const known = new Map<string, number>(
      (
        await runner.query(
          // A lookup per stream, as loadDocuments does per document: `stream_id = ANY($2)` was planned as a
          // scan of the generation's every version, filtered.
          `SELECT s.stream_id,
             (SELECT v.version FROM read_model_stream_versions v WHERE v.generation = $1 AND v.stream_id = s.stream_id) AS version
           FROM unnest($2::text[]) AS s(stream_id)`,
          [target.generation, streamIds],
        )
      )
        .filter((r: { version: number | null }) => r.version !== null)
        .map((r: { stream_id: string; version: number }) => [r.stream_id, r.version]),
    );
    const fresh = events.filter((e) => {
      if (e.streamVersion <= (known.get(e.streamId) ?? 0)) return false;
      known.set(e.streamId, e.streamVersion);
      return true;
    });
    if (fresh.length === 0) return;

    const docs = await this.loadDocuments(runner, target.generation, documents);
    const before = new Map(docs);
    const touched = new Set<string>();
    for (const event of fresh) {
      for (const projection of target.projections) {
        for (const id of projection.documentIds(event)) {
          const key = docKey(projection.name, id);
          docs.set(key, projection.evolve(docs.get(key) ?? null, event, id));
          touched.add(key);
        }
      }
    }
    await this.saveDocuments(runner, target, docs, touched);
    await writeDocumentIndex(
      runner,
      target.generation,
      [...touched].map((key) => ({ ...documents.get(key)!, before: before.get(key) ?? null, after: docs.get(key) ?? null })),
    );
    const streams = [...new Set(fresh.map((e) => e.streamId))];
    await runner.query(
      `INSERT INTO read_model_stream_versions (generation, stream_id, version)
       SELECT $1, unnest($2::text[]), unnest($3::int[])
       ON CONFLICT (generation, stream_id) DO UPDATE SET version = GREATEST(read_model_stream_versions.version, EXCLUDED.version)`,
      [target.generation, streams, streams.map((s) => known.get(s))],
    );
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

  private async loadDocuments(runner: QueryRunner, generation: number, documents: BatchDocuments) {
    const docs = new Map<string, unknown>();
    if (documents.size === 0) return docs;
    const wanted = [...documents.values()];
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

  private async saveDocuments(runner: QueryRunner, target: GenerationTarget, docs: Map<string, unknown>, touched: Set<string>) {
    const split = [...touched].map((key) => [...key.split('\u0000'), docs.get(key)] as [string, string, unknown]);
    const kept = split.filter(([, , doc]) => doc !== null);
    const removed = split.filter(([, , doc]) => doc === null);
    const generation = target.generation;
    if (kept.length > 0) {
      const filterable = new Map(target.projections.map((p) => [p.name, p.filterable]));
      const keysOf = (name: string, doc: unknown) =>
        Object.fromEntries((filterable.get(name) ?? []).map((field) => [field, (doc as Record<string, unknown>)[field]]));
      await runner.query(
        // As JSON arrays: PostgreSQL parses one four to five times faster than a jsonb[] literal of the same documents.
        `INSERT INTO read_model_documents (generation, projection, id, doc, keys, search)
         SELECT $1, d.projection, d.id, d.doc, d.keys, parley_search_vector(d.searched)
         FROM ROWS FROM (unnest($2::text[]), unnest($3::text[]), jsonb_array_elements($4::jsonb), jsonb_array_elements($5::jsonb),
           unnest($6::text[])) AS d(projection, id, doc, keys, searched)
         ON CONFLICT (generation, projection, id) DO UPDATE SET doc = EXCLUDED.doc, keys = EXCLUDED.keys, search = EXCLUDED.search`,
        [
          generation,
          kept.map((k) => k[0]),
          kept.map((k) => k[1]),
          JSON.stringify(kept.map((k) => k[2])),
          JSON.stringify(kept.map(([name, , doc]) => keysOf(name, doc))),
          kept.map((k) => searchedText(k[2] as Record<string, unknown>)),
        ],
      );
    }
    if (removed.length > 0) {
      await runner.query(
        `DELETE FROM read_model_documents d USING unnest($2::text[], $3::text[]) AS r(projection, id)
         WHERE d.generation = $1 AND d.projection = r.projection AND d.id = r.id`,
        [generation, removed.map((k) => k[0]), removed.map((k) => k[1])],
      );
    }
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
