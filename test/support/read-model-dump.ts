import { Client } from 'pg';

/** The documents readers see now, by read model and id, in the form InMemoryDocuments.toJSON gives. */
export async function liveReadModels(db: Client): Promise<Record<string, Record<string, unknown>>> {
  const { rows } = await db.query(
    `SELECT d.projection, d.id, d.doc FROM read_model_documents d
     JOIN projections p ON p.name = d.projection AND p.generation = d.generation
     ORDER BY d.projection, d.id COLLATE "C"`,
  );
  const dump: Record<string, Record<string, unknown>> = {};
  for (const { projection, id, doc } of rows) (dump[projection] ??= {})[id] = doc;
  return dump;
}
