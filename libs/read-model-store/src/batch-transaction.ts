import { DataSource, QueryRunner } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';

/** Statements sent as one simple query (no parameters): each is planned and run with a snapshot of its own, as READ COMMITTED takes one per statement. */
export type Statements = readonly string[];

/**
 * A transaction whose first and last round trips carry work of their own: `opening` goes with START
 * TRANSACTION, and what `work` answers goes with COMMIT. A projector's batch is a handful of round
 * trips, and each costs both processes a socket write and a wake-up on the other core (bench/README.md
 * points 37 and 38). `work` gets the rows of `opening`'s last statement.
 */
export async function inBatchTransaction<Opened>(
  dataSource: DataSource,
  opening: Statements,
  work: (runner: QueryRunner, opened: Opened[]) => Promise<Statements>,
): Promise<void> {
  const runner = dataSource.createQueryRunner() as PostgresQueryRunner;
  const client = await runner.connect();
  try {
    const results = await client.query(['START TRANSACTION', ...opening].join(';\n'));
    const opened: Opened[] = Array.isArray(results) ? results[results.length - 1].rows : [];
    await client.query([...(await work(runner, opened)), 'COMMIT'].join(';\n'));
  } catch (error) {
    // A connection that cannot roll back is broken, and the pool drops it when it is released.
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}

/** Runs statements in one round trip, on the runner's connection. */
export async function runStatements(runner: QueryRunner, statements: Statements): Promise<void> {
  await (await (runner as PostgresQueryRunner).connect()).query(statements.join(';\n'));
}
