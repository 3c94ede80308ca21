import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The log is the outbox: the relay publishes every event after the position Kafka last acknowledged,
 * read from `events` by position, so the row per event in `outbox` goes. Kafka keeps that position
 * (the relay's published-position group); `relay_cursor` keeps a copy for readiness and the backlog
 * metric, and the floor below which nothing is published again.
 *
 * Rows still in the outbox are the log's tail the relay had not published (it publishes and deletes in
 * position order), so the cursor starts just below the first of them, or at the head when there are
 * none: the relay then publishes exactly those rows. Writers of an older version take the head's lock
 * and then insert into the outbox; taking both in that order first, nothing is appended meanwhile.
 */
export class LogIsTheOutbox1765000100000 implements MigrationInterface {
  name = 'LogIsTheOutbox1765000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`SELECT position FROM event_log_head FOR UPDATE`);
    await q.query(`LOCK TABLE outbox IN ACCESS EXCLUSIVE MODE`);
    await q.query(`
      CREATE TABLE relay_cursor (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        published bigint NOT NULL
      );
      INSERT INTO relay_cursor (published)
        SELECT coalesce((SELECT min(position) - 1 FROM outbox), (SELECT position FROM event_log_head));
      DROP TABLE outbox;
    `);
  }

  /** Back to a row per unpublished event; an older relay drops those Kafka already holds when it starts. */
  async down(q: QueryRunner): Promise<void> {
    await q.query(`SELECT position FROM event_log_head FOR UPDATE`);
    await q.query(`
      CREATE TABLE outbox (position bigint PRIMARY KEY REFERENCES events (position));
      INSERT INTO outbox (position) SELECT position FROM events WHERE position > (SELECT published FROM relay_cursor);
      DROP TABLE relay_cursor;
    `);
  }
}
