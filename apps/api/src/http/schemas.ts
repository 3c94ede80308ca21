import { actorCode, instant, isCameoCode, text } from '@parley/domain';
import { z } from 'zod';

/** Field schemas shared by every request DTO, so one concept is validated one way: the domain's, as kinds' details are. */
export { actorCode, instant, text };

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

/** Fields every read-model query may carry: the two clocks of history (see README, "Looking back"). */
export const clockFields = {
  asOf: instant
    .optional()
    .describe('only developments that had occurred by then: the world as it was')
    .meta({ example: '2025-06-02T23:59:59Z' }),
  knownAt: instant.optional().describe('only what Parley had recorded by then: what it knew'),
};

/** Bounds on when things happened in the world: an event's occurredAt, a statement's madeAt. */
export const periodFields = {
  from: instant.optional().describe('only what happened at or after this instant'),
  to: instant.optional().describe('only what happened at or before this instant'),
};

export const limitField = (max: number, fallback: number) =>
  z.coerce.number().int().min(1).max(max).default(fallback).describe(`at most this many, ${fallback} unless given`);

/** A CAMEO event code of the table in force, leading zero kept: "0841". */
export const cameoCode = z.string().refine(isCameoCode, 'must be a CAMEO event code of table gdelt-2.0, such as 0841 or 195');

export const uuid = z.uuid({ message: 'must be a development id (a UUID)' });
