import { Client } from 'pg';

/** How far a service has got, read from its database: the log's head, the relay's backlog, the slowest read model. */
export const headPosition = async (db: Client): Promise<number> =>
  Number((await db.query(`SELECT coalesce(max(position), 0) AS p FROM events`)).rows[0].p);

/** Events after the position the relay last recorded as published (the log is the outbox). */
export const outboxBacklog = async (db: Client): Promise<number> =>
  Number((await db.query(`SELECT h.position - c.published AS n FROM event_log_head h, relay_cursor c`)).rows[0].n);

export const appliedThrough = async (db: Client): Promise<number> =>
  Number((await db.query(`SELECT min(applied_through) AS p FROM read_model_generations g JOIN projections p USING (generation)`)).rows[0].p);
