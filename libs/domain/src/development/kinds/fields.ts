import { z } from 'zod';
import { ACTOR_CODE } from '../../shared/actor';

/** Field schemas of kinds' details, and of every request that names the same things. */
export const actorCode = z.string().regex(ACTOR_CODE, 'must be an upper-case actor code such as RUS, NATO or PUTIN');

/**
 * PostgreSQL refuses a NUL in text and JSON, and a lone UTF-16 surrogate is not Unicode at all: text
 * holding either could never be stored or sent on as UTF-8, so it is refused where it comes in.
 */
const NOT_STORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
export const isStorableText = (s: string): boolean => !NOT_STORABLE.test(s);
export const STORABLE_TEXT_MESSAGE = 'must not contain a NUL character or a lone UTF-16 surrogate';

/** The base of every free-text field. */
export const storableString = z.string().refine(isStorableText, STORABLE_TEXT_MESSAGE);
export const text = (max: number) => storableString.trim().min(1, 'must not be empty').max(max);
export const name = text(200);
export const actorCodes = z.array(actorCode).max(50);
/** The years Parley records and asks about; outside them a date is a typo (or an attack), and PostgreSQL's range ends anyway. */
export const YEARS = { first: 1900, last: 2200 } as const;
const inYears = (s: string): boolean => {
  const t = Date.parse(s);
  return t >= Date.UTC(YEARS.first, 0, 1) && t < Date.UTC(YEARS.last + 1, 0, 1);
};

export const instant = z.iso
  // abort: a value that is no date-time at all is told so, and not also that it lies outside the years.
  .datetime({ offset: true, abort: true, message: 'must be an ISO-8601 date-time with a time zone, such as 2025-06-02T10:00:00Z' })
  .refine(inYears, `must lie in the years ${YEARS.first} to ${YEARS.last}`)
  .transform((s) => new Date(s).toISOString());
