import { DocumentIndex, NO_INDEX, Projection } from '@parley/read-models';
import { QueryRunner } from 'typeorm';
import { COPY_FROM_ROWS, copyRows } from './copy-rows';

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
  // By read model and key, each key's totals side by side in the order its read model names them.
  const deltas = new Map<string, number[]>();
  const rankingsOut: [string, string, string, string][] = [];
  const rankingsIn: [string, string, string, string][] = [];
  // A new document's entries cannot be there yet (its old ones would be a document's that was there).
  const rankingsNew: [string, string, string, string][] = [];
  const add = (projection: Projection, index: DocumentIndex, sign: number) => {
    if (index.totals.length === 0) return;
    const places = placesOf(projection);
    for (const { key, values } of index.totals) {
      const at = `${projection.name}${SEP}${key}`;
      let sums = deltas.get(at);
      if (sums === undefined) deltas.set(at, (sums = new Array<number>(places.size).fill(0)));
      for (const name in values) sums[placeOf(projection, places, name)] += sign * values[name];
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
  if (rankingsNew.length >= COPY_FROM_ROWS) {
    await copyRows(runner, 'read_model_rankings (generation, projection, key, rank, id)', rankingsNew.map((r) => [String(generation), ...r]));
  } else {
    rankingsIn.push(...rankingsNew);
  }
  if (rankingsIn.length > 0) {
    await runner.query(
      `INSERT INTO read_model_rankings (generation, projection, key, rank, id)
       SELECT $1, unnest($2::text[]), unnest($3::text[]), unnest($4::text[]), unnest($5::text[]) ON CONFLICT DO NOTHING`,
      [generation, ...columns(rankingsIn, 4)],
    );
  }
}

const placesByProjection = new WeakMap<Projection, ReadonlyMap<string, number>>();

/** Where each of a read model's total names sits in its keys' rows. */
function placesOf(projection: Projection): ReadonlyMap<string, number> {
  let found = placesByProjection.get(projection);
  if (found === undefined) placesByProjection.set(projection, (found = new Map((projection.totalNames ?? []).map((name, i) => [name, i]))));
  return found;
}

function placeOf(projection: Projection, places: ReadonlyMap<string, number>, name: string): number {
  const place = places.get(name);
  if (place === undefined) throw new Error(`read model ${projection.name} adds to a total it does not name in totalNames: ${name}`);
  return place;
}

/** The rows of sums that moved, [projection, key, deltas as an array literal], in key order. */
function totalsOf(deltas: ReadonlyMap<string, number[]>): string[][] {
  const rows: string[][] = [];
  for (const at of [...deltas.keys()].sort()) {
    const sums = deltas.get(at)!;
    if (sums.some((sum) => sum !== 0)) rows.push([...at.split(SEP), `{${sums.join(',')}}`]);
  }
  return rows;
}

/**
 * Adds in key order, so that two projectors adding to the same sums lock them in the same order. A
 * key's totals are one row: a development that adds to three names of nine keys updates nine rows.
 */
async function addTotals(runner: QueryRunner, generation: number, rows: string[][]): Promise<void> {
  if (rows.length === 0) return;
  const zero: string[][] = await runner.query(
    `INSERT INTO read_model_totals AS t (generation, projection, key, value)
     SELECT $1, d.projection, d.key, d.value::bigint[]
     FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS d(projection, key, value, n)
     ORDER BY d.n
     ON CONFLICT (generation, projection, key) DO UPDATE
       SET value = ARRAY(SELECT coalesce(a, 0) + coalesce(b, 0) FROM unnest(t.value, EXCLUDED.value) AS s(a, b))
     RETURNING CASE WHEN 0 = ALL(t.value) THEN ARRAY[t.projection, t.key] END AS at`,
    [generation, ...columns(rows, 3)],
  ).then((added: { at: string[] | null }[]) => added.flatMap(({ at }) => (at ? [at] : [])));
  // Totals back at zero are as if no document had ever added to them: a rebuild would not have the row.
  if (zero.length === 0) return;
  await runner.query(
    `DELETE FROM read_model_totals t USING unnest($2::text[], $3::text[]) AS d(projection, key)
     WHERE t.generation = $1 AND t.projection = d.projection AND t.key = d.key AND 0 = ALL(t.value)`,
    [generation, ...columns(zero, 2)],
  );
}

const columns = (rows: readonly (readonly string[])[], count: number): string[][] =>
  Array.from({ length: count }, (_, i) => rows.map((row) => row[i]));
