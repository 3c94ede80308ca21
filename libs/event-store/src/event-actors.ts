import { ParleyEvent, actorsNamedBy } from '@parley/domain';
import { QueryRunner } from 'typeorm';

/** Each actor an event names, with the event's stream: what the index of who is concerned is built from. */
export const namedInStreams = (events: readonly { streamId: string; event: ParleyEvent }[]): { streams: string[]; actors: string[] } => {
  const pairs = events.flatMap(({ streamId, event }) => actorsNamedBy(event).map((actor) => [streamId, actor] as const));
  return { streams: pairs.map(([stream]) => stream), actors: pairs.map(([, actor]) => actor) };
};

/**
 * Indexes the events after `after` by the actors they concern: an actor named anywhere in a stream is
 * concerned by all of it, the events before it was named included (a mediator added at round 3 follows
 * the track from round 1). Run under the log's position lock, so appends index one after the other.
 */
export async function indexConcernedActors(runner: Pick<QueryRunner, 'query'>, named: { streams: string[]; actors: string[] }, after: number): Promise<void> {
  await runner.query(
    `WITH named AS (SELECT DISTINCT * FROM unnest($1::text[], $2::text[]) AS n(stream_id, actor)),
     joined AS (INSERT INTO stream_actors (stream_id, actor) SELECT stream_id, actor FROM named ON CONFLICT DO NOTHING RETURNING stream_id, actor)
     INSERT INTO event_actors (actor, position)
       SELECT sa.actor, e.position FROM events e JOIN stream_actors sa ON sa.stream_id = e.stream_id WHERE e.position > $3::bigint
       UNION
       SELECT j.actor, e.position FROM joined j JOIN events e ON e.stream_id = j.stream_id
     ON CONFLICT DO NOTHING`,
    [named.streams, named.actors, after],
  );
}
