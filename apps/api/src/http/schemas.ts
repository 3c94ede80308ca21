import { ACTOR_CODE, isCameoCode } from '@parley/domain';
import { z } from 'zod';

/** Field schemas shared by every request DTO, so one concept is validated one way. */
export const actorCode = z.string().regex(ACTOR_CODE, 'must be an upper-case actor code such as RUS, NATO or PUTIN');

export const instant = z.iso
  .datetime({ offset: true, message: 'must be an ISO-8601 date-time with a time zone, such as 2025-06-02T10:00:00Z' })
  .transform((s) => new Date(s).toISOString());

export const slug = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as russia-ukraine');

export const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

export const sourceSchema = z.strictObject({
  publisher: text(200),
  url: z.url().max(2_000).optional(),
  publishedAt: instant.optional(),
});

/** Fields every write body may carry besides the command's own. */
export const writeFields = {
  expectedVersion: z.number().int().min(0).optional(),
  source: sourceSchema.optional(),
};

export const actorList = z.array(actorCode).max(50);

/** Who went home from a prisoner exchange, side by side: as recorded and as corrected. */
export const returnedList = z
  .array(z.strictObject({ to: actorCode, count: z.number().int().min(1, 'must be at least 1').max(1_000_000) }))
  .min(1, 'must list at least one side')
  .max(20);

/** A statement's words, as recorded and as corrected. */
export const quote = text(10_000);

/** Fields every query may carry: read-your-writes. */
export const readFields = {
  minPosition: z.coerce
    .number()
    .int()
    .min(0)
    .max(Number.MAX_SAFE_INTEGER)
    .optional()
    .describe("the `position` of a write's answer: the read waits (or answers 503) until the read models have applied it"),
};

export const limitField = (max: number, fallback: number) =>
  z.coerce.number().int().min(1).max(max).default(fallback).describe(`at most this many, ${fallback} unless given`);

/** A CAMEO event code of the table in force, leading zero kept: "0841". */
export const cameoCode = z.string().refine(isCameoCode, 'must be a CAMEO event code of table gdelt-2.0, such as 0841 or 195');

export const uuid = z.uuid({ message: 'must be a development id (a UUID)' });
