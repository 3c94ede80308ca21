import { backingsOf } from './tension/backings';
import { Condition, DocumentReader } from './document-query';

/**
 * The filters every list takes (docs/search.md), read one way for all of them: as conditions on
 * documents, which the store answers in SQL and the reads of the past (asOf, knownAt) in memory.
 */
export interface ListFilter {
  /** Full text, as a search box takes it: words, "a phrase", -excluded, or. */
  readonly q?: string;
  readonly trackId?: string;
  readonly kind?: string;
  readonly actor?: string;
  /** With `actor`: also the acts of groups it backed, while it backed them. */
  readonly via?: boolean;
  /** ISO-3 code of the country of the place. */
  readonly country?: string;
  readonly confirmed?: boolean;
  readonly publisher?: string;
  readonly from?: string;
  readonly to?: string;
}

/** Where a list's documents hold what the filters read. */
export interface ListFields {
  /** When it happened: what the period bounds, and what the list is ordered by, latest first. */
  readonly at: string;
  /** The document's id: the order among those at the same instant. */
  readonly id: string;
  /** That the document is an act of `actor`. */
  readonly actedBy: (actor: string) => Condition;
  /** That it is of `kind`, where the read model keeps kinds among its indexed keys; found in the document otherwise. */
  readonly ofKind?: (kind: string) => Condition;
}

const given = <T>(value: T | undefined, condition: (v: T) => Condition): Condition[] => (value === undefined ? [] : [condition(value)]);

/** An actor's own acts, and with `via` those of each group it backed, dated within the backing. */
async function actorConditions(reader: DocumentReader, actor: string, via: boolean, fields: ListFields): Promise<Condition[]> {
  if (!via) return [fields.actedBy(actor)];
  const backed = (await backingsOf(reader)).filter((b) => b.backer === actor);
  return [
    {
      op: 'any',
      of: [
        [fields.actedBy(actor)],
        ...backed.map(({ group, from, until }) => [
          fields.actedBy(group),
          { field: fields.at, op: 'gte', value: from } as const,
          ...given(until ?? undefined, (value) => ({ field: fields.at, op: 'lt', value })),
        ]),
      ],
    },
  ];
}

/** The conditions of a list's filters; the list adds its own (not retracted, the cursor). */
export async function filterConditions(reader: DocumentReader, filter: ListFilter, fields: ListFields): Promise<Condition[]> {
  return [
    ...given(filter.q, (value) => ({ op: 'search', value })),
    ...given(filter.trackId, (trackId) => ({ op: 'has', value: { trackId } })),
    ...given(filter.kind, (kind) => fields.ofKind?.(kind) ?? { op: 'has', value: { kind } }),
    ...(filter.actor === undefined ? [] : await actorConditions(reader, filter.actor, filter.via ?? false, fields)),
    ...given(filter.country, (country) => ({ op: 'has', value: { location: { country } } })),
    ...given(filter.confirmed, (confirmed) => ({ op: 'has', value: { confirmed } })),
    ...given(filter.publisher, (publisher) => ({ op: 'has', value: { sources: [{ publisher }] } })),
    ...given(filter.from, (value) => ({ field: fields.at, op: 'gte', value })),
    ...given(filter.to, (value) => ({ field: fields.at, op: 'lte', value })),
  ];
}

export interface Paged<D> {
  readonly items: D[];
  readonly nextCursor: string | null;
}

/** A page's cursor: the instant and id of its last item, as `at|id`. */
export const cursorOf = (doc: Record<string, unknown>, fields: ListFields): string => `${doc[fields.at]}|${doc[fields.id]}`;

/** After a cursor, latest first: earlier, or at the same instant with a lower id. */
export function afterCursor(cursor: string, fields: ListFields): Condition {
  const separator = cursor.lastIndexOf('|');
  const [at, id] = [cursor.slice(0, separator), cursor.slice(separator + 1)];
  return {
    op: 'any',
    of: [
      [{ field: fields.at, op: 'lt', value: at }],
      [
        { field: fields.at, op: 'gte', value: at },
        { field: fields.at, op: 'lte', value: at },
        { field: fields.id, op: 'lt', value: id },
      ],
    ],
  };
}

/** A page of a list, latest first: one more than the limit is read, and says there is a next page. */
export async function findPage<D>(
  reader: DocumentReader,
  projection: string,
  where: readonly Condition[],
  fields: ListFields,
  page: { readonly cursor?: string; readonly limit: number },
): Promise<Paged<D>> {
  const found = await reader.find<D>(projection, {
    where: [...where, ...given(page.cursor, (cursor) => afterCursor(cursor, fields))],
    orderBy: [
      { field: fields.at, direction: 'desc' },
      { field: fields.id, direction: 'desc' },
    ],
    limit: page.limit + 1,
  });
  const items = found.slice(0, page.limit);
  const last = items.at(-1) as Record<string, unknown> | undefined;
  return { items, nextCursor: found.length > page.limit && last ? cursorOf(last, fields) : null };
}
