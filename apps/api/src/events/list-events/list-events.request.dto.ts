import { CURRENT_SCHEMA_VERSION, ParleyEventType } from '@parley/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { actorCode, instant, readFields } from '../../http/schemas';

export const position = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** Filters on the event log, shared by the list, the NDJSON stream and the live feed. */
export const eventFilterFields = {
  stream: z.string().min(1).max(200).optional(),
  type: z.enum(Object.keys(CURRENT_SCHEMA_VERSION) as [ParleyEventType, ...ParleyEventType[]]).optional(),
  /** Events that name this actor anywhere: speaker, target, party, mediator, side returned to. */
  actor: actorCode.optional(),
  /** Bounds on when the events occurred in the world. */
  from: instant.optional(),
  to: instant.optional(),
};

export class ListEventsQueryDto extends createZodDto(
  z.strictObject({
    after: position.default(0),
    /** A page of JSON (100 unless given); an NDJSON stream runs to the head unless given. */
    limit: z.coerce.number().int().min(1).max(1_000).optional(),
    ...eventFilterFields,
    ...readFields,
  }),
) {}
