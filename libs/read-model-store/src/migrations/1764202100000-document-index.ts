import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sums and rankings of a read model's DocumentIndex, kept beside its documents in the same
 * generation: a query reads a few rows of sums, or walks a ranking in order, instead of every document.
 */
export class DocumentIndex1764202100000 implements MigrationInterface {
  name = 'DocumentIndex1764202100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE read_model_totals (
        generation integer NOT NULL,
        projection text NOT NULL,
        key text COLLATE "C" NOT NULL,
        name text NOT NULL,
        value bigint NOT NULL,
        PRIMARY KEY (generation, projection, key, name)
      );

      CREATE TABLE read_model_rankings (
        generation integer NOT NULL,
        projection text NOT NULL,
        key text NOT NULL,
        rank text COLLATE "C" NOT NULL,
        id text COLLATE "C" NOT NULL,
        PRIMARY KEY (generation, projection, key, rank, id)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE read_model_rankings, read_model_totals`);
  }
}
