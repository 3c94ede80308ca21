import { Projection } from '@parley/read-models';
import { QueryRunner } from 'typeorm';
import { CombinedWrite } from './combined-write';
import { COPY_FROM_ROWS, copyRows } from './copy-rows';
import { DocumentChange } from './document-index-writer';
import { searchOf } from './search-vector';

/** The fields a read model declares filterable, the only ones its `keys` column holds and indexes. */
function keysOf(projection: Projection, doc: Record<string, unknown>): Record<string, unknown> {
  const keys: Record<string, unknown> = {};
  for (const field of projection.filterable) keys[field] = doc[field];
  return keys;
}

/**
 * Writes each changed document once: many new ones by COPY at once, the others added to `write` as
 * one upsert, and one delete for those that went.
 */
export async function writeDocuments(runner: QueryRunner, write: CombinedWrite, generation: number, changes: readonly DocumentChange[]): Promise<void> {
  // A literal, not a change spread and extended: V8 makes each such object a map of its own (read-models' developments.projection.ts).
  const kept = changes.filter((c) => c.after !== null).map(({ projection, id, before, after }) => {
    const doc = after as Record<string, unknown>;
    return { projection, id, before, doc, search: searchOf(doc) };
  });
  const removed = changes.filter((c) => c.after === null && c.before !== null);
  // A document that was not there is new: no one else can write it meanwhile (the writer holds its
  // lock, or it is a green generation's, which only its rebuild writes). Those whose search vector is
  // made here go in by COPY, the cheapest way in for many; the rest, or all of a few, by one upsert.
  const copyable = kept.filter((c) => c.before === null && c.search.vector !== null);
  const copied = copyable.length >= COPY_FROM_ROWS ? copyable : [];
  const upserted = copied.length > 0 ? kept.filter((c) => c.before !== null || c.search.vector === null) : kept;
  if (copied.length > 0) {
    // Each row's JSON made as COPY's chunk takes it, so a batch's texts die young rather than all living through the COPY.
    const rows = function* () {
      for (const { projection, id, doc, search } of copied) {
        yield [String(generation), projection.name, id, JSON.stringify(doc), JSON.stringify(keysOf(projection, doc)), search.vector!];
      }
    };
    await copyRows(runner, `read_model_documents (generation, projection, id, doc, keys, search)`, rows());
  }
  if (upserted.length > 0) {
    write.add(
      (p) =>
        // As JSON arrays: PostgreSQL parses one four to five times faster than a jsonb[] literal of the same documents.
        `INSERT INTO read_model_documents (generation, projection, id, doc, keys, search)
         SELECT ${p(generation)}::int, d.projection, d.id, d.doc, d.keys, coalesce(d.vector::tsvector, parley_search_vector(d.searched))
         FROM ROWS FROM (unnest(${p(upserted.map((c) => c.projection.name))}::text[]), unnest(${p(upserted.map((c) => c.id))}::text[]),
           jsonb_array_elements(${p(JSON.stringify(upserted.map((c) => c.doc)))}::jsonb),
           jsonb_array_elements(${p(JSON.stringify(upserted.map((c) => keysOf(c.projection, c.doc))))}::jsonb),
           unnest(${p(upserted.map((c) => c.search.vector))}::text[]), unnest(${p(upserted.map((c) => c.search.text))}::text[]))
           AS d(projection, id, doc, keys, vector, searched)
         ON CONFLICT (generation, projection, id) DO UPDATE SET doc = EXCLUDED.doc, keys = EXCLUDED.keys, search = EXCLUDED.search`,
    );
  }
  if (removed.length > 0) {
    write.add(
      (p) =>
        `DELETE FROM read_model_documents d USING unnest(${p(removed.map((c) => c.projection.name))}::text[], ${p(removed.map((c) => c.id))}::text[]) AS r(projection, id)
         WHERE d.generation = ${p(generation)} AND d.projection = r.projection AND d.id = r.id`,
    );
  }
}
