import { STORABLE_TEXT_MESSAGE, YEARS, actorCode, instant, isCameoCode, isStorableText, storableString, text } from '@parley/domain';
import { z } from 'zod';

/** Field schemas shared by every request DTO, so one concept is validated one way: the domain's, as kinds' details are. */
export { STORABLE_TEXT_MESSAGE, YEARS, actorCode, instant, isStorableText, storableString, text };

export const slug = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as russia-ukraine');

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

/** What a report may say of its identity: the development it tells of (checked), or that it is one of its own. */
export const reportClaimFields = {
  corroborates: z.uuid({ message: 'must be a development id (a UUID)' }).optional().describe('the id of the development this report tells of; 409 naming the fact that disagrees'),
  distinct: z.boolean().optional().describe('true: a development of its own, however like another it looks'),
};

export const actorList = z.array(actorCode).max(50);

/** Who went home from a prisoner exchange, side by side: as recorded and as corrected. */
export const returnedList = z
  .array(z.strictObject({ to: actorCode, count: z.number().int().min(1, 'must be at least 1').max(1_000_000) }))
  .min(1, 'must list at least one side')
  .max(20);

/** A statement's words, as recorded and as corrected. */
export const quote = text(10_000);

/**
 * A position in the log, as a query gives it: decimal digits only. `0x1c4`, `452e0` or `0452` would
 * each read as 452 to a lenient parser, and a check that read them otherwise could be stepped around.
 */
export const logPosition = z.preprocess(
  (v) => (typeof v === 'string' && /^(0|[1-9]\d{0,15})$/.test(v) ? Number(v) : v),
  z.number({ error: 'must be a decimal integer without sign, exponent or leading zeros' }).int().min(0).max(Number.MAX_SAFE_INTEGER),
);

/** Fields every query may carry: read-your-writes. */
export const readFields = {
  minPosition: logPosition
    .optional()
    .describe("the `position` of a write's answer: the read waits (or answers 503) until the read models have applied it"),
};

export const limitField = (max: number, fallback: number) =>
  z.coerce.number().int().min(1).max(max).default(fallback).describe(`at most this many, ${fallback} unless given`);

/** A CAMEO event code of the table in force, leading zero kept: "0841". */
export const cameoCode = z.string().refine(isCameoCode, 'must be a CAMEO event code of table gdelt-2.0, such as 0841 or 195');

export const uuid = z.uuid({ message: 'must be a development id (a UUID)' });
