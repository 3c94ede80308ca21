import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The event log. Positions are handed out from a one-row counter whose row lock is held until
 * commit, so they become visible strictly in order: a reader that has passed position N can never
 * later find a committed event below N (the gap a bare sequence leaves between nextval and commit).
 */
export class EventLog1764201600000 implements MigrationInterface {
  name = 'EventLog1764201600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE event_log_head (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        position bigint NOT NULL
      );
      INSERT INTO event_log_head (position) VALUES (0);

      CREATE TABLE events (
        position bigint PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE,
        stream_id text NOT NULL,
        stream_version integer NOT NULL CHECK (stream_version > 0),
        type text NOT NULL,
        schema_version integer NOT NULL,
        data jsonb NOT NULL,
        metadata jsonb NOT NULL,
        occurred_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT events_stream_version_unique UNIQUE (stream_id, stream_version)
      );
      CREATE INDEX events_type_idx ON events (type, position);
      CREATE INDEX events_occurred_at_idx ON events (occurred_at);

      CREATE TABLE outbox (
        position bigint PRIMARY KEY REFERENCES events (position)
      );

      CREATE TABLE idempotency_keys (
        scope text NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        response jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scope, key)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_keys, outbox, events, event_log_head`);
  }
}
