import { DocumentIndex, NO_INDEX, Projection } from '@parley/read-models';
import { QueryRunner } from 'typeorm';
import { copyRows } from './copy-rows';

/** A document before and after a batch of events, null where it did not exist. */
export interface DocumentChange {
  readonly projection: Projection;
  readonly id: string;
  readonly before: unknown;
  readonly after: unknown;
}

const indexOf = (projection: Projection, doc: unknown): DocumentIndex =>
  doc === null || !projection.index ? NO_INDEX : projection.index(doc);

const SEP = '\u0000';

/** A document's places in rankings, each once, by key and rank. */
const entries = (index: DocumentIndex): Map<string, DocumentIndex['rankings'][number]> => new Map(index.rankings.map((r) => [`${r.key}${SEP}${r.rank}`, r]));

/**
 * Keeps a generation's totals and rankings in step with its documents: each changed document takes
 * its old entries out and puts its new ones in, so the store never re-reads other documents.
 */
export async function writeDocumentIndex(runner: QueryRunner, generation: number, changes: readonly DocumentChange[]): Promise<void> {
  // By read model and key, then by name: one string made a sum's key, not one a value.
  const deltas = new Map<string, Record<string, number>>();
  const rankingsOut: [string, string, string, string][] = [];
  const rankingsIn: [string, string, string, string][] = [];
  // A new document's entries cannot be there yet (its old ones would be a document's that was there).
  const rankingsNew: [string, string, string, string][] = [];
  const add = (projection: Projection, index: DocumentIndex, sign: number) => {
    for (const { key, values } of index.totals) {
      const at = `${projection.name}${SEP}${key}`;
      let sums = deltas.get(at);
      if (sums === undefined) deltas.set(at, (sums = Object.create(null) as Record<string, number>));
      for (const name in values) sums[name] = (sums[name] ?? 0) + sign * values[name];
    }
  };
  for (const { projection, id, before, after } of changes) {
    if (!projection.index) continue;
    const old = indexOf(projection, before);
    const next = indexOf(projection, after);
    add(projection, old, -1);
    add(projection, next, 1);
    const is = entries(next);
    if (before === null) {
      // Nothing to take out: each entry goes in (most of a rebuild's documents, and a batch's new ones).
      for (const { key, rank } of is.values()) rankingsNew.push([projection.name, key, rank, id]);
      continue;
    }
    const was = entries(old);
    for (const [entry, { key, rank }] of was) if (!is.has(entry)) rankingsOut.push([projection.name, key, rank, id]);
    for (const [entry, { key, rank }] of is) if (!was.has(entry)) rankingsIn.push([projection.name, key, rank, id]);
  }
  await addTotals(runner, generation, totalsOf(deltas));
  if (rankingsOut.length > 0) {
    await runner.query(
      `DELETE FROM read_model_rankings r USING unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS o(projection, key, rank, id)
       WHERE r.generation = $1 AND r.projection = o.projection AND r.key = o.key AND r.rank = o.rank AND r.id = o.id`,
      [generation, ...columns(rankingsOut, 4)],
    );
  }
  if (rankingsNew.length > 0) {
    await copyRows(runner, 'read_model_rankings (generation, projection, key, rank, id)', rankingsNew.map((r) => [String(generation), ...r]));
  }
  if (rankingsIn.length > 0) {
    await runner.query(
      `INSERT INTO read_model_rankings (generation, projection, key, rank, id)
       SELECT $1, unnest($2::text[]), unnest($3::text[]), unnest($4::text[]), unnest($5::text[]) ON CONFLICT DO NOTHING`,
      [generation, ...columns(rankingsIn, 4)],
    );
  }
}

/** The rows of sums that moved, [projection, key, name, delta], in key order and then name order. */
function totalsOf(deltas: ReadonlyMap<string, Record<string, number>>): string[][] {
  const rows: string[][] = [];
  for (const at of [...deltas.keys()].sort()) {
    const [projection, key] = at.split(SEP);
    const sums = deltas.get(at)!;
    for (const name of Object.keys(sums).sort()) if (sums[name] !== 0) rows.push([projection, key, name, String(sums[name])]);
  }
  return rows;
}

/** Adds in key order, so that two projectors adding to the same sums lock them in the same order. */
async function addTotals(runner: QueryRunner, generation: number, rows: string[][]): Promise<void> {
  if (rows.length === 0) return;
  const zero: string[][] = await runner.query(
    `INSERT INTO read_model_totals AS t (generation, projection, key, name, value)
     SELECT $1, d.projection, d.key, d.name, d.value
     FROM unnest($2::text[], $3::text[], $4::text[], $5::bigint[]) WITH ORDINALITY AS d(projection, key, name, value, n)
     ORDER BY d.n
     ON CONFLICT (generation, projection, key, name) DO UPDATE SET value = t.value + EXCLUDED.value
     RETURNING CASE WHEN t.value = 0 THEN ARRAY[t.projection, t.key, t.name] END AS at`,
    [generation, ...columns(rows, 4)],
  ).then((added: { at: string[] | null }[]) => added.flatMap(({ at }) => (at ? [at] : [])));
  // A sum back at zero is as if no document had ever added to it: a rebuild would not have the row.
  if (zero.length === 0) return;
  await runner.query(
    `DELETE FROM read_model_totals t USING unnest($2::text[], $3::text[], $4::text[]) AS d(projection, key, name)
     WHERE t.generation = $1 AND t.projection = d.projection AND t.key = d.key AND t.name = d.name AND t.value = 0`,
    [generation, ...columns(zero, 3)],
  );
}

const columns = (rows: readonly (readonly string[])[], count: number): string[][] =>
  Array.from({ length: count }, (_, i) => rows.map((row) => row[i]));
