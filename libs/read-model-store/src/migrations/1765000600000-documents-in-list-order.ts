import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The documents of each generation in the order lists read them (`sortKey`, as the readers compare
 * it), so the latest page of a million developments is read from the index's end rather than by
 * ordering them all: 0.2 ms against about 500 ms in a table of 1,000,000 synthetic developments
 * (bench/README.md point 49). Documents without a `sortKey` index a null.
 */
export class DocumentsInListOrder1765000600000 implements MigrationInterface {
  name = 'DocumentsInListOrder1765000600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX read_model_documents_list_order_idx ON read_model_documents (projection, generation, (doc->>'sortKey') COLLATE "C")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX read_model_documents_list_order_idx`);
  }
}
