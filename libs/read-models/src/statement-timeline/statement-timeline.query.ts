import { Condition, DocumentReader } from '../document-query';
import { STATEMENT_TIMELINE, StatementView } from './statement-timeline.projection';

export interface StatementFilter {
  readonly actor?: string;
  readonly target?: string;
  readonly from?: string;
  readonly to?: string;
  readonly limit: number;
}

/** Statements newest first, by the time they were made. */
export async function listStatements(reader: DocumentReader, filter: StatementFilter): Promise<StatementView[]> {
  const where: Condition[] = [
    ...(filter.actor ? [{ field: 'actors', op: 'contains', value: filter.actor } as const] : []),
    ...(filter.target ? [{ field: 'targets', op: 'contains', value: filter.target } as const] : []),
    ...(filter.from ? [{ field: 'madeAt', op: 'gte', value: filter.from } as const] : []),
    ...(filter.to ? [{ field: 'madeAt', op: 'lte', value: filter.to } as const] : []),
  ];
  return reader.find<StatementView>(STATEMENT_TIMELINE, {
    where,
    orderBy: [
      { field: 'madeAt', direction: 'desc' },
      { field: 'developmentId', direction: 'asc' },
    ],
    limit: filter.limit,
  });
}
