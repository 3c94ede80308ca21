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
 * from round 1). Common table expressions, numbered from parameter `$first`, for the statement that
 * inserts the events: one round trip fewer under the log's position lock, which every append waits on.
 * In one statement no part sees another's rows, so the batch's events take their stream's actors known
 * before (`stream_actors`) and those the batch names, and a stream's earlier events (`events`) the
 * actors it names for the first time. Every lookup of a table goes by one stream (LATERAL), so the cost
 * stays that of the batch, however long the log, statistics or not. The actors the batch names are
 * joined to its events, not looked up per event: a lookup in a CTE scans all of it, and a batch of n
 * events cost n² (500 events, 82–92 µs of PostgreSQL an event; joined, 31–45: bench/README.md point 34).
 */
export function actorIndex(first: number, { events, named }: Appended): { ctes: string; params: (string[] | number[])[] } {
  const [namedStreams, namedActors, streams, positions] = [first, first + 1, first + 2, first + 3].map((n) => `$${n}`);
  return {
    ctes: `named AS (SELECT DISTINCT * FROM unnest(${namedStreams}::text[], ${namedActors}::text[]) AS n(stream_id, actor)),
     joined AS (INSERT INTO stream_actors (stream_id, actor) SELECT stream_id, actor FROM named ON CONFLICT DO NOTHING RETURNING stream_id, actor),
     indexed AS (INSERT INTO event_actors (actor, position)
       SELECT a.actor, n.position FROM unnest(${streams}::text[], ${positions}::bigint[]) AS n(stream_id, position)
         CROSS JOIN LATERAL (SELECT actor FROM stream_actors WHERE stream_id = n.stream_id) a
       UNION
       SELECT named.actor, n.position FROM unnest(${streams}::text[], ${positions}::bigint[]) AS n(stream_id, position)
         JOIN named USING (stream_id)
       UNION
       SELECT j.actor, e.position FROM joined j
         CROSS JOIN LATERAL (SELECT position FROM events WHERE stream_id = j.stream_id) e
       ON CONFLICT DO NOTHING)`,
    params: [named.map((n) => n.streamId), named.map((n) => n.actor), events.map((e) => e.streamId), events.map((e) => e.position)],
  };
}

/** Indexes events already in the log (the migration that introduced the index): the same expressions alone. */
export async function indexConcernedActors(runner: Pick<QueryRunner, 'query'>, appended: Appended): Promise<void> {
  const { ctes, params } = actorIndex(1, appended);
  await runner.query(`WITH ${ctes} SELECT 1`, params);
}
