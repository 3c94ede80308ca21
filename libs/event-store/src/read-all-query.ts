import { ReadAllFilter } from './event-store';
import { SELECT_EVENT_COLUMNS } from './event-row';

type FilterKey = Exclude<keyof ReadAllFilter, 'after' | 'limit' | 'occurredToExceptTypes'>;
/** Adds a parameter to the query and answers its placeholder. */
type Param = (value: unknown) => string;

/** Each optional filter as its SQL condition. */
const CONDITIONS: { [K in FilterKey]-?: (value: NonNullable<ReadAllFilter[K]>, param: Param, filter: ReadAllFilter) => string } = {
  through: (v, param) => `position <= ${param(v)}::bigint`,
  streamId: (v, param) => `stream_id = ${param(v)}`,
  type: (v, param) => `type = ${param(v)}`,
  types: (v, param) => `type = ANY(${param(v)}::text[])`,
  // Read from the index on the developmentId events carry.
  developmentIds: (v, param) => `data->>'developmentId' = ANY(${param(v)}::text[])`,
  // Every event of a stream that names the actor (see indexConcernedActors), read in order from its index range.
  // The bound on position is repeated on the index's side, where the planner does not carry it over.
  actor: (v, param, { after }) => `event_actors.actor = ${param(v)} AND event_actors.position > ${param(after)}::bigint`,
  occurredFrom: (v, param) => `occurred_at >= ${param(v)}::timestamptz`,
  occurredTo: (v, param, { occurredToExceptTypes: except }) =>
    except?.length
      ? `(occurred_at <= ${param(v)}::timestamptz OR type = ANY(${param(except)}::text[]))`
      : `occurred_at <= ${param(v)}::timestamptz`,
  // The column keeps microseconds; a recordedAt read from it, and so any moment a client names, milliseconds.
  recordedTo: (v, param) => `recorded_at < ${param(v)}::timestamptz + interval '1 millisecond'`,
  recordedAfter: (v, param) => `recorded_at >= ${param(v)}::timestamptz + interval '1 millisecond'`,
};

/** Events after a position in position order, filtered; paging on `after` skips none, as positions commit in order. */
export function readAllQuery(filter: ReadAllFilter): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const param: Param = (value) => `$${params.push(value)}`;
  const where = [`position > ${param(filter.after)}`];
  for (const key of Object.keys(CONDITIONS) as FilterKey[]) {
    const value = filter[key];
    if (value !== undefined) where.push((CONDITIONS[key] as (v: unknown, p: Param, f: ReadAllFilter) => string)(value, param, filter));
  }
  return {
    sql: `SELECT ${SELECT_EVENT_COLUMNS} FROM ${filter.actor === undefined ? 'events' : 'events JOIN event_actors USING (position)'} WHERE ${where.join(' AND ')} ORDER BY position LIMIT ${param(filter.limit)}`,
    params,
  };
}
