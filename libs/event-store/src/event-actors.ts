import { ParleyEvent, actorsNamedBy } from '@parley/domain';
import { QueryRunner } from 'typeorm';

/** The appended events by stream and position, and each actor they name: what the index is built from. */
export interface Appended {
  readonly events: { streamId: string; position: number }[];
  readonly named: { streamId: string; actor: string }[];
}

export const appendedOf = (events: readonly { streamId: string; position: number; event: ParleyEvent }[]): Appended => ({
  events: events.map(({ streamId, position }) => ({ streamId, position })),
  named: events.flatMap(({ streamId, event }) => actorsNamedBy(event).map((actor) => ({ streamId, actor }))),
});

/**
 * Indexes appended events by the actors they concern: an actor named anywhere in a stream is concerned
 * by all of it, the events before it was named included (a mediator added at round 3 follows the track
 * from round 1). Every lookup goes by one stream (LATERAL), so the cost stays that of the batch, however
 * long the log, statistics or not. Run under the log's position lock, so appends index one after another.
 */
export async function indexConcernedActors(runner: Pick<QueryRunner, 'query'>, { events, named }: Appended): Promise<void> {
  await runner.query(
    `WITH named AS (SELECT DISTINCT * FROM unnest($1::text[], $2::text[]) AS n(stream_id, actor)),
     joined AS (INSERT INTO stream_actors (stream_id, actor) SELECT stream_id, actor FROM named ON CONFLICT DO NOTHING RETURNING stream_id, actor)
     INSERT INTO event_actors (actor, position)
       SELECT sa.actor, n.position FROM unnest($3::text[], $4::bigint[]) AS n(stream_id, position)
         CROSS JOIN LATERAL (SELECT actor FROM stream_actors WHERE stream_id = n.stream_id) sa
       UNION
       SELECT j.actor, e.position FROM joined j
         CROSS JOIN LATERAL (SELECT position FROM events WHERE stream_id = j.stream_id) e
     ON CONFLICT DO NOTHING`,
    [named.map((n) => n.streamId), named.map((n) => n.actor), events.map((e) => e.streamId), events.map((e) => e.position)],
  );
}
