import { InMemoryDocuments, PROJECTIONS } from '@parley/read-models';
import { Client } from 'pg';

const ACTIVE = (table: string) => `${table} d JOIN projections p ON p.name = d.projection AND p.generation = d.generation`;

/** The documents readers see now, by read model and id, in the form InMemoryDocuments.toJSON gives. */
export async function liveReadModels(db: Client): Promise<Record<string, Record<string, unknown>>> {
  const { rows } = await db.query(`SELECT d.projection, d.id, d.doc FROM ${ACTIVE('read_model_documents')} ORDER BY d.projection, d.id COLLATE "C"`);
  const dump: Record<string, Record<string, unknown>> = {};
  for (const { projection, id, doc } of rows) (dump[projection] ??= {})[id] = doc;
  return dump;
}

/** The sums and rankings readers see now (each read model's DocumentIndex), as sorted lines. */
export async function liveIndex(db: Client): Promise<{ totals: string[]; rankings: string[] }> {
  const totals = await db.query(`SELECT d.projection, d.key, d.value::text FROM ${ACTIVE('read_model_totals')}`);
  const rankings = await db.query(`SELECT d.projection, d.key, d.rank, d.id FROM ${ACTIVE('read_model_rankings')}`);
  return {
    totals: totals.rows.map((r) => [r.projection, r.key, r.value].join(' ')).sort(),
    rankings: rankings.rows.map((r) => [r.projection, r.key, r.rank, r.id].join(' ')).sort(),
  };
}

/** The same, derived from read models folded in memory. */
export async function foldedIndex(folded: InMemoryDocuments): Promise<{ totals: string[]; rankings: string[] }> {
  const totals: string[] = [];
  const rankings: string[] = [];
  const documents = folded.toJSON();
  for (const projection of PROJECTIONS.filter((p) => p.index)) {
    // As a store keeps them: a key's totals side by side in the order of the read model's names, zero where none.
    for (const { key, values } of await folded.totals(projection.name, [''])) {
      totals.push([projection.name, key, `{${(projection.totalNames ?? []).map((name) => values[name] ?? 0).join(',')}}`].join(' '));
    }
    for (const [id, doc] of Object.entries(documents[projection.name] ?? {})) {
      for (const { key, rank } of projection.index!(doc).rankings) rankings.push([projection.name, key, rank, id].join(' '));
    }
  }
  return { totals: totals.sort(), rankings: rankings.sort() };
}
