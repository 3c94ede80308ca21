import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The names each read model's totals go by, in the order its rows keep them. Written out rather than
 * imported, as a migration must not change once run; a test keeps them the read models' `totalNames`.
 */
export const TOTAL_NAMES: Readonly<Record<string, readonly string[]>> = { developments: ['conflict', 'cooperation', 'count'] };

const names = () => Object.entries(TOTAL_NAMES).flatMap(([projection, list]) => list.map((name, i) => [projection, name, i + 1] as const));
const nameParams = () => [names().map(([p]) => p), names().map(([, n]) => n), names().map(([, , i]) => i)];
const NAMES = `unnest($1::text[], $2::text[], $3::int[]) AS n(projection, name, place)`;

const TRIGGER = `CREATE TRIGGER read_model_totals_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON read_model_totals
  FOR EACH STATEMENT EXECUTE FUNCTION read_models_changed()`;

/**
 * A key's totals in one row, side by side, instead of a row a name. A development bearing on tension
 * added to two names of each of its keys, and in a live batch few keys coincide, so the upsert of the
 * sums was the largest statement of a projector's transaction (bench/README.md, points 35 and 37); now
 * it updates half the rows, and costs about a quarter of what it did.
 */
export class TotalsSideBySide1765000500000 implements MigrationInterface {
  name = 'TotalsSideBySide1765000500000';

  async up(q: QueryRunner): Promise<void> {
    await replaceTotals(
      q,
      `value bigint[] NOT NULL, PRIMARY KEY (generation, projection, key)`,
      `INSERT INTO read_model_totals (generation, projection, key, value)
       SELECT k.generation, k.projection, k.key, array_agg(coalesce(t.value, 0) ORDER BY n.place)
       FROM (SELECT DISTINCT generation, projection, key FROM read_model_totals_before) k
       JOIN ${NAMES} ON n.projection = k.projection
       LEFT JOIN read_model_totals_before t ON (t.generation, t.projection, t.key, t.name) = (k.generation, k.projection, k.key, n.name)
       GROUP BY k.generation, k.projection, k.key`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await replaceTotals(
      q,
      `name text NOT NULL, value bigint NOT NULL, PRIMARY KEY (generation, projection, key, name)`,
      `INSERT INTO read_model_totals (generation, projection, key, name, value)
       SELECT t.generation, t.projection, t.key, n.name, t.value[n.place]
       FROM read_model_totals_before t JOIN ${NAMES} ON n.projection = t.projection
       WHERE coalesce(t.value[n.place], 0) <> 0`,
    );
  }
}

/** The totals' table made anew with `columns` after the generation, projection and key, filled by `fill` from the table it replaces, which is then dropped. */
async function replaceTotals(q: QueryRunner, columns: string, fill: string): Promise<void> {
  await q.query(`ALTER TABLE read_model_totals RENAME TO read_model_totals_before`);
  await q.query(`ALTER TABLE read_model_totals_before RENAME CONSTRAINT read_model_totals_pkey TO read_model_totals_before_pkey`);
  await q.query(`DROP TRIGGER read_model_totals_changed ON read_model_totals_before`);
  await q.query(`CREATE TABLE read_model_totals (generation integer NOT NULL, projection text NOT NULL, key text COLLATE "C" NOT NULL, ${columns})`);
  await q.query(fill, nameParams());
  await q.query(`DROP TABLE read_model_totals_before`);
  await q.query(TRIGGER);
}
