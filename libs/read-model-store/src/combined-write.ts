import { DataSource, QueryRunner } from 'typeorm';
import { prepared } from './prepared';

/** A connection in a transaction (a QueryRunner) or the pool. */
export type Queryable = Pick<DataSource, 'query'>;

/** Makes a parameter's placeholder in the statement being built. */
export type Param = (value: unknown) => string;

/**
 * The writes of a batch as one statement: each a data-modifying CTE, all run in one round trip. Every
 * statement of a live batch costs a socket write each way, which on two cores cost more than most of
 * the rows it carried (bench/README.md, points 37 and 38). The writes share one snapshot, so none may
 * depend on another's effect: each touches rows no other one does.
 */
export class CombinedWrite {
  private readonly writes: string[] = [];
  private readonly returning: string[] = [];
  private readonly params: unknown[] = [];

  private readonly param: Param = (value) => {
    this.params.push(value);
    return `$${this.params.length}`;
  };

  /**
   * A write; with `answerWhere`, those of the rows it returns that meet the condition are among those
   * `send` answers (every such write returns the same columns).
   */
  add(sql: (param: Param) => string, answerWhere?: string): void {
    const name = `w${this.writes.length + 1}`;
    this.writes.push(`${name} AS (${sql(this.param)})`);
    if (answerWhere) this.returning.push(`SELECT * FROM ${name} WHERE ${answerWhere}`);
  }

  /** Sends every write added, if any; answers the rows of those that return some. */
  async send<Row>(db: QueryRunner | Queryable): Promise<Row[]> {
    if (this.writes.length === 0) return [];
    const rows = this.returning.length > 0 ? this.returning.join(' UNION ALL ') : 'SELECT 1 WHERE false';
    const answered = await prepared<Row>(db, `WITH ${this.writes.join(', ')} ${rows}`, this.params);
    return this.returning.length > 0 ? answered : [];
  }
}
