import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Queries match documents on a few top-level fields, yet the GIN index took every value of every
 * document: most of the cost of writing one. `keys` holds only the fields each read model declares
 * filterable, and only it is indexed. Documents written before keep their whole body as keys (a
 * superset: every query still finds them) until they are next written or rebuilt.
 */
export class DocumentKeys1764202200000 implements MigrationInterface {
  name = 'DocumentKeys1764202200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE read_model_documents ADD COLUMN keys jsonb;
      UPDATE read_model_documents SET keys = doc;
      ALTER TABLE read_model_documents ALTER COLUMN keys SET NOT NULL;
      DROP INDEX read_model_documents_doc_idx;
      CREATE INDEX read_model_documents_keys_idx ON read_model_documents USING gin (keys jsonb_path_ops);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX read_model_documents_keys_idx;
      CREATE INDEX read_model_documents_doc_idx ON read_model_documents USING gin (doc jsonb_path_ops);
      ALTER TABLE read_model_documents DROP COLUMN keys;
    `);
  }
}
