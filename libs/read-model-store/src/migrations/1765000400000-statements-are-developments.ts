import { MigrationInterface, QueryRunner } from 'typeorm';

const STATEMENT_TIMELINE = 'statement-timeline';

/**
 * The statements list reads the developments read model, which holds every statement already: the
 * statement timeline's own documents, a second copy of each statement written and indexed with every
 * event, go. Going back, the timeline is registered at version 0, so the code that keeps it rebuilds
 * it from the log when it starts.
 */
export class StatementsAreDevelopments1765000400000 implements MigrationInterface {
  name = 'StatementsAreDevelopments1765000400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM read_model_documents WHERE projection = $1`, [STATEMENT_TIMELINE]);
    await q.query(`DELETE FROM projections WHERE name = $1`, [STATEMENT_TIMELINE]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `INSERT INTO projections (name, version, generation) SELECT $1, 0, min(generation) FROM projections HAVING count(*) > 0
       ON CONFLICT (name) DO NOTHING`,
      [STATEMENT_TIMELINE],
    );
  }
}
