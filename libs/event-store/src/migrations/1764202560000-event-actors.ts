import { decodeEvent } from '@parley/domain';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { namedInStreams } from '../event-actors';
import { EventRow, SELECT_EVENT_COLUMNS, rowToEnvelope } from '../event-row';

const PAGE = 5_000;

/**
 * Who each event concerns, for following an actor through the log: the actors named in each stream,
 * and every event by each actor its stream names, so a filter reads an index range instead of every payload.
 */
export class EventActors1764202560000 implements MigrationInterface {
  name = 'EventActors1764202560000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE stream_actors (
        stream_id text NOT NULL,
        actor text NOT NULL,
        PRIMARY KEY (stream_id, actor)
      );
      CREATE TABLE event_actors (
        actor text NOT NULL,
        position bigint NOT NULL,
        PRIMARY KEY (actor, position)
      );
    `);
    // The events already stored, read as today's code reads them (upcast), named the same way.
    for (let after = 0; ; ) {
      const rows: EventRow[] = await q.query(`SELECT ${SELECT_EVENT_COLUMNS} FROM events WHERE position > $1 ORDER BY position LIMIT ${PAGE}`, [after]);
      if (rows.length === 0) break;
      const events = rows.map((row) => decodeEvent(rowToEnvelope(row)));
      const { streams, actors } = namedInStreams(events.map((event) => ({ streamId: event.streamId, event })));
      await q.query(
        `INSERT INTO stream_actors (stream_id, actor) SELECT DISTINCT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
        [streams, actors],
      );
      after = events[events.length - 1].position;
    }
    await q.query(`INSERT INTO event_actors (actor, position) SELECT sa.actor, e.position FROM stream_actors sa JOIN events e ON e.stream_id = sa.stream_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE event_actors, stream_actors`);
  }
}
