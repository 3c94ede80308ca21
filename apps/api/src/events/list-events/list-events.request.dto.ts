import { CURRENT_SCHEMA_VERSION, ParleyEventType } from '@parley/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { actorCode, readFields } from '../../http/schemas';
import { periodFields, querySchema } from '../../http/query-schemas';

export const position = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** Filters on the event log, shared by the list, the NDJSON stream and the live feed. */
export const eventFilterFields = {
  stream: z.string().min(1).max(200).optional().describe('only the events of this stream').meta({ example: 'negotiation-track-russia-ukraine' }),
  type: z
    .enum(Object.keys(CURRENT_SCHEMA_VERSION) as [ParleyEventType, ...ParleyEventType[]])
    .optional()
    .describe('only events of this type'),
  actor: actorCode
    .optional()
    .describe(
      'only events that concern this actor: every event of a track, development or actor that names it anywhere (speaker, person, target, party, mediator, side returned to, backer), its rounds, sources, corrections, retractions and backings included',
    ),
  ...periodFields,
};

/**
 * The log holds events, not documents: it is filtered by stream, type, actor and period, and refuses
 * the filters of the read models' lists (q, trackId, kind, via, country, confirmed, publisher) naming
 * them (docs/search.md).
 */
export class ListEventsQueryDto extends createZodDto(
  querySchema({
    after: position.default(0).describe('only events after this log position: the `nextAfter` of the previous page'),
    cursor: z
      .string()
      .regex(/^(0|[1-9]\d{0,15})$/, 'must be the nextCursor of a previous page, unchanged')
      .transform(Number)
      .optional()
      .describe('the `nextCursor` of the previous page: the same as `after`, named as on every list')
      .meta({ example: '452' }),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(1_000)
      .optional()
      .describe('at most this many: a page of JSON holds 100 unless given; an NDJSON stream runs to the head unless given'),
    ...eventFilterFields,
    ...readFields,
  }),
) {}
