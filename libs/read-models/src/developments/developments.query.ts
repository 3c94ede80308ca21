import { Condition, DocumentReader } from '../document-query';
import { ListFields, ListFilter, filterConditions } from '../list-filter';
import { DEVELOPMENTS, DevelopmentView } from './developments.projection';

export interface DevelopmentFilter extends ListFilter {
  /** Changed (recorded, sourced, corrected) at or after this instant. */
  readonly since?: string;
  readonly target?: string;
  /** The `nextCursor` of the previous page. */
  readonly cursor?: string;
  readonly limit: number;
}

/** Where developments hold what the filters read: `actors` holds the people who acted too. */
export const DEVELOPMENT_FIELDS: ListFields = {
  at: 'occurredAt',
  id: 'id',
  actedBy: (actor) => ({ field: 'actors', op: 'contains', value: actor }),
  ofKind: (kind) => ({ field: 'kind', op: 'eq', value: kind }),
};

export interface DevelopmentPage {
  developments: DevelopmentView[];
  nextCursor: string | null;
}

/** A page of what was read with one more than the limit: the extra one says there is a next page, after the last kept. */
function paged<T>(found: readonly T[], limit: number, keyOf: (last: T) => string): { items: T[]; nextCursor: string | null } {
  const items = found.slice(0, limit);
  return { items, nextCursor: found.length > limit ? keyOf(items[items.length - 1]) : null };
}

const when = <T>(value: T | undefined, condition: (v: T) => Condition): Condition[] => (value === undefined ? [] : [condition(value)]);

/** Standing developments, latest first, a page at a time. */
export async function listDevelopments(reader: DocumentReader, filter: DevelopmentFilter): Promise<DevelopmentPage> {
  const where: Condition[] = [
    { field: 'retracted', op: 'eq', value: false },
    ...(await filterConditions(reader, filter, DEVELOPMENT_FIELDS)),
    ...when(filter.since, (value) => ({ field: 'updatedAt', op: 'gte', value })),
    ...when(filter.target, (value) => ({ field: 'targets', op: 'contains', value })),
    ...when(filter.cursor, (value) => ({ field: 'sortKey', op: 'lt', value })),
  ];
  const found = await reader.find<DevelopmentView>(DEVELOPMENTS, {
    where,
    orderBy: [{ field: 'sortKey', direction: 'desc' }],
    limit: filter.limit + 1,
  });
  const { items, nextCursor } = paged(found, filter.limit, (last) => last.sortKey);
  return { developments: items, nextCursor };
}

export const getDevelopment = (reader: DocumentReader, id: string): Promise<DevelopmentView | null> =>
  reader.get<DevelopmentView>(DEVELOPMENTS, id);

export interface Retraction {
  id: string;
  kind: DevelopmentView['kind'];
  retractedAt: string;
  reason: string | null;
}

export interface RetractionPage {
  retractions: Retraction[];
  nextCursor: string | null;
}

/**
 * Withdrawn developments in the order they were withdrawn, so a mirror can drop them; a page ends
 * with a cursor, so retractions made at one instant are never split between pages and lost.
 */
export async function listRetractions(
  reader: DocumentReader,
  filter: { since?: string; cursor?: string; limit: number },
): Promise<RetractionPage> {
  const found = await reader.find<DevelopmentView>(DEVELOPMENTS, {
    where: [
      { field: 'retracted', op: 'eq', value: true },
      ...when(filter.since, (value) => ({ field: 'retractedAt', op: 'gte', value })),
      ...when(filter.cursor, (value) => ({ field: 'retractionKey', op: 'gt', value })),
    ],
    orderBy: [{ field: 'retractionKey', direction: 'asc' }],
    limit: filter.limit + 1,
  });
  const { items, nextCursor } = paged(found, filter.limit, (last) => last.retractionKey as string);
  return {
    retractions: items.map((d) => ({ id: d.id, kind: d.kind, retractedAt: d.retractedAt as string, reason: d.retractionReason })),
    nextCursor,
  };
}

/** The latest standing developments an actor took part in, as actor, person or target. */
export const recentDevelopmentsOf = (reader: DocumentReader, actor: string, limit: number): Promise<DevelopmentView[]> =>
  reader.find<DevelopmentView>(DEVELOPMENTS, {
    where: [
      { field: 'retracted', op: 'eq', value: false },
      { field: 'involved', op: 'contains', value: actor },
    ],
    orderBy: [{ field: 'sortKey', direction: 'desc' }],
    limit,
  });
