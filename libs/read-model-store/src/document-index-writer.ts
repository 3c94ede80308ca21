import { DocumentIndex, NO_INDEX, Projection } from '@parley/read-models';
import { QueryRunner } from 'typeorm';
import { CombinedWrite } from './combined-write';
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

/** A key whose totals a batch brought back to zero, as `write` answers it. */
export interface ZeroedTotals {
  readonly generation: number;
  readonly projection: string;
  readonly key: string;
}

/**
 * Keeps a generation's totals and rankings in step with its documents: each changed document takes
 * its old entries out and puts its new ones in, so the store never re-reads other documents. Many new
 * rankings go in by COPY at once; the rest is added to `write`, whose answer holds the ZeroedTotals.
 */
export async function writeDocumentIndex(runner: QueryRunner, write: CombinedWrite, generation: number, changes: readonly DocumentChange[]): Promise<void> {
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
  addTotals(write, generation, totalsOf(deltas));
  if (rankingsOut.length > 0) {
    const [projection, key, rank, id] = columns(rankingsOut, 4);
    write.add(
      (p) =>
        `DELETE FROM read_model_rankings r USING unnest(${p(projection)}::text[], ${p(key)}::text[], ${p(rank)}::text[], ${p(id)}::text[]) AS o(projection, key, rank, id)
         WHERE r.generation = ${p(generation)} AND r.projection = o.projection AND r.key = o.key AND r.rank = o.rank AND r.id = o.id`,
    );
  }
  if (rankingsNew.length >= COPY_FROM_ROWS) {
    await copyRows(runner, 'read_model_rankings (generation, projection, key, rank, id)', rankingsNew.map((r) => [String(generation), ...r]));
  } else {
    rankingsIn.push(...rankingsNew);
  }
  if (rankingsIn.length > 0) {
    const [projection, key, rank, id] = columns(rankingsIn, 4);
    write.add(
      (p) =>
        `INSERT INTO read_model_rankings (generation, projection, key, rank, id)
         SELECT ${p(generation)}::int, unnest(${p(projection)}::text[]), unnest(${p(key)}::text[]), unnest(${p(rank)}::text[]), unnest(${p(id)}::text[])
         ON CONFLICT DO NOTHING`,
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
function addTotals(write: CombinedWrite, generation: number, rows: string[][]): void {
  if (rows.length === 0) return;
  const [projection, key, value] = columns(rows, 3);
  write.add(
    (p) =>
      `INSERT INTO read_model_totals AS t (generation, projection, key, value)
       SELECT ${p(generation)}::int, d.projection, d.key, d.value::bigint[]
       FROM unnest(${p(projection)}::text[], ${p(key)}::text[], ${p(value)}::text[]) WITH ORDINALITY AS d(projection, key, value, n)
       ORDER BY d.n
       ON CONFLICT (generation, projection, key) DO UPDATE
         SET value = ARRAY(SELECT coalesce(a, 0) + coalesce(b, 0) FROM unnest(t.value, EXCLUDED.value) AS s(a, b))
       RETURNING t.generation, t.projection, t.key, 0 = ALL(t.value) AS zero`,
    'zero',
  );
}

/**
 * Totals a batch brought back to zero are as if no document had ever added to them: a rebuild would
 * not have their rows. Removed after the write that zeroed them, which could not see its own effect.
 */
export async function removeZeroedTotals(runner: QueryRunner, zeroed: readonly ZeroedTotals[]): Promise<void> {
  if (zeroed.length === 0) return;
  await runner.query(
    `DELETE FROM read_model_totals t USING unnest($1::int[], $2::text[], $3::text[]) AS d(generation, projection, key)
     WHERE t.generation = d.generation AND t.projection = d.projection AND t.key = d.key AND 0 = ALL(t.value)`,
    [zeroed.map((z) => z.generation), zeroed.map((z) => z.projection), zeroed.map((z) => z.key)],
  );
}

const columns = (rows: readonly (readonly string[])[], count: number): string[][] =>
  Array.from({ length: count }, (_, i) => rows.map((row) => row[i]));
