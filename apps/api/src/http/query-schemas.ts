import { ANY_DEVELOPMENT_KINDS, countryCode } from '@parley/domain';
import { z } from 'zod';
import { actorCode, instant, slug, text } from './schemas';

/**
 * The vocabulary of query strings, so every list reads a moment, a period and a page the same way.
 * Query DTOs are built with `querySchema`, which also refuses a period that ends before it starts.
 */

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A moment as a query names it: a date-time, or a plain date meaning its start in UTC (2025-05-01 is 00:00Z). */
export const queryInstant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T.*)?$/, 'must be a date such as 2025-05-01 (00:00 UTC) or an ISO-8601 date-time with a time zone, such as 2025-05-01T10:00:00Z')
  .transform((s) => (PLAIN_DATE.test(s) ? `${s}T00:00:00Z` : s))
  .pipe(instant);

/** Fields every read-model query may carry: the two clocks of history (see docs/api-tour.md, "Looking back"). */
export const clockFields = {
  asOf: queryInstant
    .optional()
    .describe('only developments that had occurred by then: the world as it was')
    .meta({ example: '2025-06-02T23:59:59Z' }),
  knownAt: queryInstant.optional().describe('only what Parley had recorded by then: what it knew'),
};

/** Bounds on when things happened in the world: an event's occurredAt, a statement's madeAt. */
export const periodFields = {
  from: queryInstant.optional().describe('only what happened at or after this moment; a plain date is its start in UTC').meta({ example: '2025-05-07' }),
  to: queryInstant.optional().describe('only what happened at or before this moment; a plain date is its start in UTC (to=2025-05-11 ends as 10 May does)').meta({ example: '2025-05-11' }),
};

/** `sortKey|id`: the instant and the development id of the last item of a page, as this API issues it. */
const ISSUED_CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A page's `nextCursor`, handed back; anything else would silently start a list at an arbitrary place. */
export const cursorField = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(ISSUED_CURSOR.exec(s)?.[1] ?? '')), 'must be the nextCursor of a previous page, unchanged')
  .optional()
  .describe('the `nextCursor` of the previous page')
  .meta({ example: '2025-05-10T00:00:00.000Z|0f9e8d7c-6b5a-5f4e-8d3c-2b1a0f9e8d7c' });

/** `true` or `false`, as a query string spells them; anything else ("1", "yes") is refused rather than guessed. */
export const queryBoolean = z.enum(['true', 'false'], { error: 'must be true or false' }).transform((s) => s === 'true');

/**
 * The filters of the lists (docs/search.md), each described once with an example. A list takes those
 * that make sense for it by name (`pick`); asked for another, it answers 400 naming it (querySchema).
 */
export const listFilterFields = {
  q: text(200)
    .refine((s) => /[\p{L}\p{N}]/u.test(s), 'must hold a word to search for')
    .optional()
    .describe(
      'full-text search of summaries, quotes, speakers, places, details and sources (publisher, URL, title), as a search box takes it: all the words, "a phrase", -excluded, `or` between two; words are matched whole and unstemmed',
    )
    .meta({ example: 'Pahalgam' }),
  trackId: slug.optional().describe('only those of this negotiation track').meta({ example: 'india-pakistan' }),
  kind: z.enum(ANY_DEVELOPMENT_KINDS).optional().describe('only developments of this kind').meta({ example: 'military_strike' }),
  actor: actorCode
    .optional()
    .describe('acted by this actor, or by this person (PUTIN); with via=true also by groups it backed, while it backed them')
    .meta({ example: 'RWA' }),
  via: queryBoolean
    .optional()
    .describe('with `actor`: true adds the acts of groups the actor backed (M23 for RWA), dated within the backing')
    .meta({ example: 'true' }),
  // The same rule as a place's country: a code no country has would only ever find nothing.
  country: countryCode
    .optional()
    .describe("only those whose place (`location.country`) is in this country; a place recorded as a plain name has none")
    .meta({ example: 'COD' }),
  confirmed: queryBoolean
    .optional()
    .describe('true: only those reported by at least two independent publishers; false: only those not yet')
    .meta({ example: 'true' }),
  publisher: text(200).optional().describe('only those one of whose sources this publisher is, spelled as recorded').meta({ example: 'Reuters' }),
  ...periodFields,
};

export type ListFilterName = keyof typeof listFilterFields;
export const LIST_FILTER_NAMES = Object.keys(listFilterFields) as ListFilterName[];

/** The filters a list takes, by name, as described above. */
export const filterFieldsOf = <K extends ListFilterName>(...names: K[]): Pick<typeof listFilterFields, K> =>
  Object.fromEntries(names.map((name) => [name, listFilterFields[name]])) as Pick<typeof listFilterFields, K>;

/** The message of a query's unknown fields; zod-validation tells a filter this list does not take from a misspelt field. */
export const UNKNOWN_QUERY_FIELD = 'is not a known field of this query';

/** A query's fields, and nothing else; a `from` after its `to` is refused, naming `from`, and `via` without `actor`, naming `via`. */
export const querySchema = <S extends z.ZodRawShape>(shape: S) =>
  z
    .strictObject(shape, { error: (issue) => (issue.code === 'unrecognized_keys' ? UNKNOWN_QUERY_FIELD : undefined) })
    .superRefine((query, ctx) => {
      const { from, to, via, actor } = query as { from?: unknown; to?: unknown; via?: unknown; actor?: unknown };
      if (typeof from === 'string' && typeof to === 'string' && Date.parse(from) > Date.parse(to)) {
        ctx.addIssue({ code: 'custom', path: ['from'], message: 'must not be after to' });
      }
      if (via !== undefined && actor === undefined) ctx.addIssue({ code: 'custom', path: ['via'], message: 'needs actor: the acts of the groups which actor backed' });
    });
