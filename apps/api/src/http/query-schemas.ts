import { z } from 'zod';
import { instant } from './schemas';

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
  from: queryInstant.optional().describe('only what happened at or after this moment'),
  to: queryInstant.optional().describe('only what happened at or before this moment'),
};

/** `sortKey|id`: the instant and the development id of the last item of a page, as this API issues it. */
const ISSUED_CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A page's `nextCursor`, handed back; anything else would silently start a list at an arbitrary place. */
export const cursorField = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(ISSUED_CURSOR.exec(s)?.[1] ?? '')), 'must be the nextCursor of a previous page, unchanged')
  .optional()
  .describe('the `nextCursor` of the previous page');

/** A query's fields, and nothing else; a `from` after its `to` is refused, naming `from`. */
export const querySchema = <S extends z.ZodRawShape>(shape: S) =>
  z.strictObject(shape).superRefine((query, ctx) => {
    const { from, to } = query as { from?: unknown; to?: unknown };
    if (typeof from === 'string' && typeof to === 'string' && Date.parse(from) > Date.parse(to)) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'must not be after to' });
    }
  });
