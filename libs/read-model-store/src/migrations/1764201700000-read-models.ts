import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read models as JSON documents, grouped in generations: a rebuild fills a fresh generation while
 * readers keep the old one, then `projections.generation` switches them over in one transaction.
 * Each generation remembers, per stream, the last version it applied: a redelivered event is skipped.
 */
export class ReadModels1764201700000 implements MigrationInterface {
  name = 'ReadModels1764201700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE read_model_generations (
        generation serial PRIMARY KEY,
        applied_through bigint NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      INSERT INTO read_model_generations DEFAULT VALUES;

      CREATE TABLE projections (
        name text PRIMARY KEY,
        generation integer NOT NULL REFERENCES read_model_generations (generation),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE read_model_documents (
        generation integer NOT NULL,
        projection text NOT NULL,
        id text NOT NULL,
        doc jsonb NOT NULL,
        PRIMARY KEY (generation, projection, id)
      );
      CREATE INDEX read_model_documents_doc_idx ON read_model_documents USING gin (doc jsonb_path_ops);

      CREATE TABLE read_model_stream_versions (
        generation integer NOT NULL,
        stream_id text NOT NULL,
        version integer NOT NULL,
        PRIMARY KEY (generation, stream_id)
      );

      CREATE TABLE projector_offsets (
        group_id text NOT NULL,
        topic text NOT NULL,
        partition integer NOT NULL,
        next_offset bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (group_id, topic, partition)
      );

      CREATE TABLE dead_letters (
        id bigserial PRIMARY KEY,
        topic text NOT NULL,
        partition integer NOT NULL,
        kafka_offset bigint NOT NULL,
        message_key text,
        message_value text,
        reason text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (topic, partition, kafka_offset)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE dead_letters, projector_offsets, read_model_stream_versions, read_model_documents,
      projections, read_model_generations`);
  }
}
