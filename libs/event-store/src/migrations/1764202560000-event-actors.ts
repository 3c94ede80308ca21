import { decodeEvent } from '@parley/domain';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { appendedOf, indexConcernedActors } from '../event-actors';
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
    // The events already stored, read as today's code reads them (upcast), indexed as appends index them.
    for (let after = 0; ; ) {
      const rows: EventRow[] = await q.query(`SELECT ${SELECT_EVENT_COLUMNS} FROM events WHERE position > $1 ORDER BY position LIMIT ${PAGE}`, [after]);
      if (rows.length === 0) return;
      const events = rows.map((row) => decodeEvent(rowToEnvelope(row)));
      await indexConcernedActors(q, appendedOf(events.map((event) => ({ streamId: event.streamId, position: event.position, event }))));
      after = events[events.length - 1].position;
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE event_actors, stream_actors`);
  }
}
