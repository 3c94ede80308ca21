import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The version of the reducer each read model was built by. Read models stored before versions were
 * kept count as version 1; a projection whose code is at a later version is rebuilt at start.
 */
export class ProjectionVersions1764202300000 implements MigrationInterface {
  name = 'ProjectionVersions1764202300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE projections ADD COLUMN version integer NOT NULL DEFAULT 1`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE projections DROP COLUMN version`);
  }
}
