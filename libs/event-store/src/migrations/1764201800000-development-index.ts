import { MigrationInterface, QueryRunner } from 'typeorm';

/** Finds the stream of a development by its id, whatever its kind, for corrections and retractions. */
export class DevelopmentIndex1764201800000 implements MigrationInterface {
  name = 'DevelopmentIndex1764201800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX events_development_id_idx ON events ((data->>'developmentId'), position)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX events_development_id_idx`);
  }
}
