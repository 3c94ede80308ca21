import { z } from 'zod';
import { ACTOR_CODE } from '../../shared/actor';

/** Field schemas of kinds' details, and of every request that names the same things. */
export const actorCode = z.string().regex(ACTOR_CODE, 'must be an upper-case actor code such as RUS, NATO or PUTIN');
export const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
export const name = text(200);
export const actorCodes = z.array(actorCode).max(50);
export const instant = z.iso
  .datetime({ offset: true, message: 'must be an ISO-8601 date-time with a time zone, such as 2025-06-02T10:00:00Z' })
  .transform((s) => new Date(s).toISOString());
