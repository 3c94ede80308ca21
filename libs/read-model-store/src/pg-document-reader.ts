import { Injectable } from '@nestjs/common';
import { Condition, DocumentQuery, DocumentReader } from '@parley/read-models';
import { DataSource } from 'typeorm';

const ACTIVE = `read_model_documents d JOIN projections p ON p.name = d.projection AND p.generation = d.generation`;

/** Reads the generation of each read model that readers are switched to. */
@Injectable()
export class PgDocumentReader implements DocumentReader {
  constructor(private readonly dataSource: DataSource) {}

  async get<D>(projection: string, id: string): Promise<D | null> {
    const [row] = await this.dataSource.query(`SELECT d.doc FROM ${ACTIVE} WHERE p.name = $1 AND d.id = $2`, [
      projection,
      id,
    ]);
    return row ? (row.doc as D) : null;
  }

  async find<D>(projection: string, query: DocumentQuery): Promise<D[]> {
    const params: unknown[] = [projection];
    const param = (value: unknown) => `$${params.push(value)}`;
    const condition = (c: Condition): string => {
      switch (c.op) {
        case 'eq':
          return `d.doc @> ${param(JSON.stringify({ [c.field]: c.value }))}::jsonb`;
        case 'contains':
          return `d.doc @> ${param(JSON.stringify({ [c.field]: [c.value] }))}::jsonb`;
        case 'gte':
          return `d.doc->>${param(c.field)} COLLATE "C" >= ${param(c.value)}`;
        case 'lte':
          return `d.doc->>${param(c.field)} COLLATE "C" <= ${param(c.value)}`;
        case 'lt':
          return `d.doc->>${param(c.field)} COLLATE "C" < ${param(c.value)}`;
      }
    };
    const where = ['p.name = $1', ...query.where.map(condition)].join(' AND ');
    const orderBy = query.orderBy
      // COLLATE "C" compares as JavaScript does, so SQL and in-memory answers agree.
      .map((o) => `d.doc->>${param(o.field)} COLLATE "C" ${o.direction === 'asc' ? 'ASC' : 'DESC'}`)
      .join(', ');
    const limit = query.limit === undefined ? '' : `LIMIT ${param(query.limit)}`;
    const rows = await this.dataSource.query(
      `SELECT d.doc FROM ${ACTIVE} WHERE ${where} ${orderBy ? `ORDER BY ${orderBy}` : ''} ${limit}`,
      params,
    );
    return rows.map((r: { doc: D }) => r.doc);
  }
}
