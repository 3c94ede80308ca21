import { DocumentReader } from '../document-query';
import { ListFields, ListFilter, Paged, filterConditions, findPage } from '../list-filter';
import { STATEMENT_TIMELINE, StatementView } from './statement-timeline.projection';

export interface StatementFilter extends ListFilter {
  readonly target?: string;
  /** The `nextCursor` of the previous page. */
  readonly cursor?: string;
  readonly limit: number;
}

/** Where statements hold what the filters read: `actors` is the speaking actor and person. */
export const STATEMENT_FIELDS: ListFields = {
  at: 'madeAt',
  id: 'developmentId',
  actedBy: (actor) => ({ field: 'actors', op: 'contains', value: actor }),
};

/** Statements newest first, by the time they were made, a page at a time. */
export async function listStatements(reader: DocumentReader, filter: StatementFilter): Promise<Paged<StatementView>> {
  const where = [
    ...(await filterConditions(reader, filter, STATEMENT_FIELDS)),
    ...(filter.target ? [{ field: 'targets', op: 'contains', value: filter.target } as const] : []),
  ];
  return findPage<StatementView>(reader, STATEMENT_TIMELINE, where, STATEMENT_FIELDS, filter);
}
