import { createHash } from 'node:crypto';
import { DataSource, QueryRunner } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';

/** SQLSTATE of "cached plan must not change result type": a table a prepared statement reads changed under it. */
const FEATURE_NOT_SUPPORTED = '0A000';

const names = new Map<string, string>();
/** Bumped when a prepared statement went stale: every statement is prepared again, under new names. */
let epoch = 0;

const nameOf = (text: string): string => {
  let name = names.get(text);
  if (name === undefined) names.set(text, (name = `parley_${epoch}_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`));
  return name;
};

/**
 * Runs a statement that a batch sends every time, prepared once on each connection: PostgreSQL then
 * plans it once rather than at every batch, which cost it a fifth of its CPU on a live projector's
 * batches (bench/README.md point 38), and pg sends only its parameters. A statement that a migration
 * made stale fails once; the caller's retry prepares it again.
 */
export async function prepared<Row>(db: QueryRunner | Pick<DataSource, 'query'>, text: string, values: unknown[]): Promise<Row[]> {
  if (!('connect' in db)) return db.query(text, values);
  const client = await (db as PostgresQueryRunner).connect();
  try {
    return (await client.query({ name: nameOf(text), text, values })).rows as Row[];
  } catch (error) {
    if ((error as { code?: string }).code === FEATURE_NOT_SUPPORTED) {
      epoch++;
      names.clear();
    }
    throw error;
  }
}
