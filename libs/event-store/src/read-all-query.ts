import { ReadAllFilter } from './event-store';
import { SELECT_EVENT_COLUMNS } from './event-row';

type Placeholder = string;

/** Each optional filter as its SQL condition on the placeholder of its value. */
const CONDITIONS: Record<Exclude<keyof ReadAllFilter, 'after' | 'limit'>, (p: Placeholder) => string> = {
  through: (p) => `position <= ${p}::bigint`,
  streamId: (p) => `stream_id = ${p}`,
  type: (p) => `type = ${p}`,
  // Any string in the data equal to the actor code, so new event types need no change here.
  actor: (p) => `jsonb_path_exists(data, '$.** ? (@ == $actor)', jsonb_build_object('actor', ${p}::text))`,
  occurredFrom: (p) => `occurred_at >= ${p}::timestamptz`,
  occurredTo: (p) => `occurred_at <= ${p}::timestamptz`,
  recordedTo: (p) => `recorded_at <= ${p}::timestamptz`,
};

/** Events after a position in position order, filtered; paging on `after` skips none, as positions commit in order. */
export function readAllQuery(filter: ReadAllFilter): { sql: string; params: unknown[] } {
  const params: unknown[] = [filter.after];
  const where = ['position > $1'];
  for (const [key, condition] of Object.entries(CONDITIONS) as [keyof typeof CONDITIONS, (p: Placeholder) => string][]) {
    const value = filter[key];
    if (value !== undefined) where.push(condition(`$${params.push(value)}`));
  }
  return {
    sql: `SELECT ${SELECT_EVENT_COLUMNS} FROM events WHERE ${where.join(' AND ')} ORDER BY position LIMIT $${params.push(filter.limit)}`,
    params,
  };
}
