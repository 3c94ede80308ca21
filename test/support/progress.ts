import { Client } from 'pg';

/** How far a service has got, read from its database: the log's head, the outbox, the slowest read model. */
export const headPosition = async (db: Client): Promise<number> =>
  Number((await db.query(`SELECT coalesce(max(position), 0) AS p FROM events`)).rows[0].p);

export const outboxBacklog = async (db: Client): Promise<number> => Number((await db.query(`SELECT count(*) AS n FROM outbox`)).rows[0].n);

export const appliedThrough = async (db: Client): Promise<number> =>
  Number((await db.query(`SELECT min(applied_through) AS p FROM read_model_generations g JOIN projections p USING (generation)`)).rows[0].p);
