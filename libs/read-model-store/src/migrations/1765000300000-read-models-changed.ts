import { MigrationInterface, QueryRunner } from 'typeorm';

/** The channel a notification goes out on, once per transaction that changed what readers see. */
export const READ_MODELS_CHANGED = 'parley_read_models_changed';

const TABLES = ['read_model_documents', 'read_model_totals', 'read_model_rankings', 'read_model_generations', 'projections'];

/**
 * Tells listeners (the API's document cache) that the read models changed: any write to a document,
 * a sum, a ranking, a high-water mark or the generation readers use. Statement triggers with one
 * payload, so PostgreSQL folds them into one notification per transaction, sent at its commit, when
 * what changed is already visible; writers need not know that anybody listens.
 */
export class ReadModelsChanged1765000300000 implements MigrationInterface {
  name = 'ReadModelsChanged1765000300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE FUNCTION read_models_changed() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN PERFORM pg_notify('${READ_MODELS_CHANGED}', ''); RETURN NULL; END $$`,
    );
    for (const table of TABLES) {
      await q.query(
        `CREATE TRIGGER ${table}_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
         FOR EACH STATEMENT EXECUTE FUNCTION read_models_changed()`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) await q.query(`DROP TRIGGER ${table}_changed ON ${table}`);
    await q.query(`DROP FUNCTION read_models_changed()`);
  }
}
