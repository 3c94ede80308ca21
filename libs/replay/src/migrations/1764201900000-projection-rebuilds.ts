import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The last rebuild of each read model: what it is doing now (or how it ended), how far it got and
 * how fast it went. Projection status reads it; a second rebuild of the same read model waits its turn.
 */
export class ProjectionRebuilds1764201900000 implements MigrationInterface {
  name = 'ProjectionRebuilds1764201900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE projection_rebuilds (
        projection text PRIMARY KEY,
        state text NOT NULL CHECK (state IN ('rebuilding', 'live', 'failed')),
        source text NOT NULL CHECK (source IN ('store', 'kafka')),
        generation integer NOT NULL,
        events_done bigint NOT NULL DEFAULT 0,
        events_total bigint NOT NULL DEFAULT 0,
        events_per_second double precision,
        error text,
        started_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE projection_rebuilds`);
  }
}
