import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { limitField, readFields, slug } from '../../http/schemas';
import { clockFields, filterFieldsOf, querySchema } from '../../http/query-schemas';

/** One track: only the clocks apply. */
export class NegotiationStatusQueryDto extends createZodDto(querySchema({ ...readFields, ...clockFields })) {}

/**
 * The list of tracks: by track and by an actor among its parties or mediators. A track is no event of
 * its own: q, kind, via, country, confirmed, publisher and a period are refused (docs/search.md).
 */
export class TrackListQueryDto extends createZodDto(
  querySchema({
    ...filterFieldsOf('trackId'),
    actor: filterFieldsOf('actor').actor.describe('a party to the track, or a mediator of one of its rounds').meta({ example: 'USA' }),
    cursor: slug.optional().describe('the `nextCursor` of the previous page: the trackId it ended with').meta({ example: 'drc-rwanda' }),
    limit: limitField(500, 100),
    ...readFields,
    ...clockFields,
  }),
) {}

/** A track's rounds: by the period of their scheduled start; the other filters are refused (docs/search.md). */
export class TrackRoundsQueryDto extends createZodDto(
  querySchema({
    from: filterFieldsOf('from').from.describe('only rounds scheduled (as now scheduled) to start at or after this moment'),
    to: filterFieldsOf('to').to.describe('only rounds scheduled (as now scheduled) to start at or before this moment'),
    cursor: z
      .string()
      .regex(/^[1-9]\d{0,5}$/, 'must be the nextCursor of a previous page, unchanged')
      .transform(Number)
      .optional()
      .describe('the `nextCursor` of the previous page: the round it ended with')
      .meta({ example: '2' }),
    limit: limitField(500, 100),
    ...readFields,
    ...clockFields,
  }),
) {}
