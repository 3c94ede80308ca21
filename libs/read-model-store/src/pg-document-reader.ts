import { Injectable } from '@nestjs/common';
import { Condition, DocumentQuery, DocumentReader, PROJECTIONS, RANGE_OPS, Total, tsqueryOf } from '@parley/read-models';
import { DataSource } from 'typeorm';

const ACTIVE = `read_model_documents d JOIN projections p ON p.name = d.projection AND p.generation = d.generation`;

/** SQL for a query's conditions on `d.doc`, its values appended to `params`. */
function conditionsSql(conditions: readonly Condition[], params: unknown[]): string[] {
  const param = (value: unknown) => `$${params.push(value)}`;
  return conditions.map((c) => {
    switch (c.op) {
      // Exact matches go to the indexed keys, which hold the fields each read model declares filterable.
      case 'eq':
        return `d.keys @> ${param(JSON.stringify({ [c.field]: c.value }))}::jsonb`;
      case 'contains':
        return `d.keys @> ${param(JSON.stringify({ [c.field]: [c.value] }))}::jsonb`;
      case 'has':
        return `d.doc @> ${param(JSON.stringify(c.value))}::jsonb`;
      // `search` is the stored tsvector of the document's SEARCHED_TEXT, GIN-indexed; the query is parsed as in memory.
      case 'search': {
        const query = tsqueryOf(c.value);
        return query === null ? 'false' : `d.search @@ ${param(query)}::tsquery`;
      }
      case 'any':
        return c.of.length === 0 ? 'false' : `(${c.of.map((all) => `(${['true', ...conditionsSql(all, params)].join(' AND ')})`).join(' OR ')})`;
      // COLLATE "C" compares as JavaScript does, so SQL and in-memory answers agree.
      default:
        return `d.doc->>${param(c.field)} COLLATE "C" ${RANGE_OPS[c.op].sql} ${param(c.value)}`;
    }
  });
}

/**
 * Further conditions on the documents `d` in SQL, their values added with `param`: how a reader as of
 * a moment narrows the live documents to those it may answer with as they are.
 */
export type Scope = (param: (value: unknown) => string) => readonly string[];

const scoped = (scope: Scope | undefined, params: unknown[]): string[] => (scope ? [...scope((value) => `$${params.push(value)}`)] : []);

/** Reads the blue generation of each read model: the one `projections` points at. */
@Injectable()
export class PgDocumentReader implements DocumentReader {
  constructor(private readonly dataSource: DataSource) {}

  async get<D>(projection: string, id: string, scope?: Scope): Promise<D | null> {
    const params: unknown[] = [projection, id];
    const where = ['p.name = $1', 'd.id = $2', ...scoped(scope, params)].join(' AND ');
    const [row] = await this.dataSource.query(`SELECT d.doc FROM ${ACTIVE} WHERE ${where}`, params);
    return row ? (row.doc as D) : null;
  }

  /** The documents of these ids that exist, in no particular order. */
  async getMany<D>(projection: string, ids: readonly string[]): Promise<D[]> {
    if (ids.length === 0) return [];
    const rows = await this.dataSource.query(`SELECT d.doc FROM ${ACTIVE} WHERE p.name = $1 AND d.id = ANY($2::text[])`, [projection, ids]);
    return rows.map((r: { doc: D }) => r.doc);
  }

  /** Every document in the scope, a page of `page` at a time in id order, so no more than a page is held. */
  async *scan<D>(projection: string, scope: Scope, page = 2_000): AsyncGenerator<D[]> {
    for (let after = ''; ; ) {
      const params: unknown[] = [projection, after, page];
      const where = ['p.name = $1', 'd.id > $2', ...scoped(scope, params)].join(' AND ');
      const rows: { id: string; doc: D }[] = await this.dataSource.query(`SELECT d.id, d.doc FROM ${ACTIVE} WHERE ${where} ORDER BY d.id LIMIT $3`, params);
      if (rows.length > 0) yield rows.map((r) => r.doc);
      if (rows.length < page) return;
      after = rows[rows.length - 1].id;
    }
  }

  async find<D>(projection: string, query: DocumentQuery, scope?: Scope): Promise<D[]> {
    const params: unknown[] = [projection];
    const where = ['p.name = $1', ...conditionsSql(query.where, params), ...scoped(scope, params)].join(' AND ');
    const orderBy = query.orderBy
      .map((o) => `d.doc->>$${params.push(o.field)} COLLATE "C" ${o.direction === 'asc' ? 'ASC' : 'DESC'}`)
      .join(', ');
    const limit = query.limit === undefined ? '' : `LIMIT $${params.push(query.limit)}`;
    const rows = await this.dataSource.query(
      `SELECT d.doc FROM ${ACTIVE} WHERE ${where} ${orderBy ? `ORDER BY ${orderBy}` : ''} ${limit}`,
      params,
    );
    return rows.map((r: { doc: D }) => r.doc);
  }

  async totals(projection: string, prefixes: readonly string[]): Promise<Total[]> {
    const names = PROJECTIONS.find((p) => p.name === projection)?.totalNames ?? [];
    const rows: { key: string; value: string[] }[] = await this.dataSource.query(
      `SELECT t.key, t.value
       FROM read_model_totals t JOIN unnest($2::text[]) AS w(prefix) ON t.key >= w.prefix AND t.key < w.prefix || chr(1114111)
       WHERE t.generation = (SELECT generation FROM projections WHERE name = $1) AND t.projection = $1
       ORDER BY t.key`,
      [projection, prefixes],
    );
    return rows.map(({ key, value }) => {
      const values: Record<string, number> = {};
      // A name whose total is zero is absent, as if nothing had ever added to it.
      names.forEach((name, i) => {
        const sum = Number(value[i] ?? 0);
        if (sum !== 0) values[name] = sum;
      });
      return { key, values };
    });
  }

  async ranked<D>(projection: string, key: string, query: { where: readonly Condition[]; limit: number }, scope?: Scope): Promise<D[]> {
    const params: unknown[] = [projection, key, query.limit];
    const conditions = [...conditionsSql(query.where, params), ...scoped(scope, params)].map((c) => `AND ${c}`).join(' ');
    // The generation as a value, not a join, so the planner walks the ranking's index in order and stops at `limit`.
    const rows = await this.dataSource.query(
      `SELECT d.doc
       FROM read_model_rankings r
       JOIN read_model_documents d ON d.generation = r.generation AND d.projection = r.projection AND d.id = r.id COLLATE "default"
       WHERE r.generation = (SELECT generation FROM projections WHERE name = $1) AND r.projection = $1 AND r.key = $2 ${conditions}
       ORDER BY r.rank DESC, r.id DESC LIMIT $3`,
      params,
    );
    return rows.map((r: { doc: D }) => r.doc);
  }
}
