import { DataSource } from 'typeorm';
import { ACTORS } from './bodies';

const CHUNK = 100_000;

/**
 * Stores `count` StatementRecorded events (each its own stream, as RecordStatement writes them) with
 * the shape of the benchmark's HTTP bodies, generated inside PostgreSQL so seeding costs seconds, not minutes.
 * The last `unpublished` of them wait for the relay, as if it had not run since they were appended.
 */
export async function seedStatements(dataSource: DataSource, count: number, unpublished = 0): Promise<void> {
  for (let from = 1; from <= count; from += CHUNK) {
    const to = Math.min(count, from + CHUNK - 1);
    await dataSource.query(
      `INSERT INTO events (position, event_id, stream_id, stream_version, type, schema_version, data, metadata, occurred_at)
       SELECT g, gen_random_uuid(), 'statement-' || id, 1, 'StatementRecorded', 1,
         jsonb_build_object('statementId', id, 'speaker', 'Spokesperson of ' || actor, 'actor', actor, 'role', 'Spokesperson',
           'targets', jsonb_build_array(target), 'channel', 'Press briefing',
           'quote', 'We are ready to continue the talks, but only on terms that respect our interests (' || g || ').',
           'stance', (ARRAY['hostile','critical','neutral','conciliatory','cooperative'])[1 + g % 5],
           'madeAt', to_char(made_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'trackId', 'track-' || (1 + g % 100)),
         jsonb_build_object('correlationId', gen_random_uuid(), 'causationId', gen_random_uuid(), 'writtenBy', 'key:0123456789ab',
           'source', jsonb_build_object('publisher', 'Newswire', 'publishedAt', '2025-07-01T00:00:00.000Z')),
         made_at
       FROM (SELECT g, gen_random_uuid()::text AS id, $3::text[] AS actors,
               timestamptz '2025-05-01T00:00:00Z' + (g % 5184000) * interval '1 second' AS made_at
             FROM generate_series($1::bigint, $2::bigint) AS g) s,
         LATERAL (SELECT actors[1 + g % 20] AS actor, actors[1 + (g + 1 + (g / 20) % 19) % 20] AS target) a`,
      [from, to, ACTORS],
    );
  }
  await dataSource.query(`UPDATE event_log_head SET position = $1`, [count]);
  await dataSource.query(`UPDATE relay_cursor SET published = $1`, [count - unpublished]);
  await dataSource.query(`ANALYZE events`);
}
