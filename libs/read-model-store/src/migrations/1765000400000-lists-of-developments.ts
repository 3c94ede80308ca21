import { MigrationInterface, QueryRunner } from 'typeorm';

/** Read models whose documents were second copies of developments' documents. */
const RETIRED = ['statement-timeline', 'prisoner-exchange-ledger'];

/**
 * The statements list and the exchange ledger read the developments read model, which holds every
 * statement and exchange already: their own documents, a second copy of each written and indexed with
 * every event, go. Going back, they are registered at version 0, so the code that keeps them rebuilds
 * them from the log when it starts.
 */
export class ListsOfDevelopments1765000400000 implements MigrationInterface {
  name = 'ListsOfDevelopments1765000400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM read_model_documents WHERE projection = ANY($1)`, [RETIRED]);
    await q.query(`DELETE FROM projections WHERE name = ANY($1)`, [RETIRED]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `INSERT INTO projections (name, version, generation)
       SELECT r.name, 0, g.generation FROM unnest($1::text[]) AS r(name), (SELECT min(generation) AS generation FROM projections) g
       WHERE g.generation IS NOT NULL
       ON CONFLICT (name) DO NOTHING`,
      [RETIRED],
    );
  }
}
