import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where a finished rebuild's events came from: its own source (the store, or Kafka), or the catch-up
 * from the store at the switch. A Kafka replay that read nothing would otherwise look like one that
 * read everything, since the catch-up fills in whatever its source left out.
 */
export class RebuildSources1764202400000 implements MigrationInterface {
  name = 'RebuildSources1764202400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE projection_rebuilds ADD COLUMN events_from_source bigint, ADD COLUMN events_caught_up bigint`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE projection_rebuilds DROP COLUMN events_from_source, DROP COLUMN events_caught_up`);
  }
}
