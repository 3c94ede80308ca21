import { ACTOR_CODE, dyadOf } from '@parley/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { actorCode, instant, limitField, readFields } from '../../http/schemas';
import { clockFields, queryInstant, querySchema } from '../../http/query-schemas';

const CODE = ACTOR_CODE.source.slice(1, -1);

/** `RUS-USA`, either way round; answered in alphabetical order. */
export class DyadParamsDto extends createZodDto(
  z.strictObject({
    dyad: z
      .string()
      .regex(new RegExp(`^${CODE}-${CODE}$`), 'must be two actor codes joined by a hyphen, such as RUS-USA')
      .refine((d) => d.split('-')[0] !== d.split('-')[1], 'must be two different actors: an actor is in no dyad with itself')
      .transform((d) => {
        const [a, b] = d.split('-');
        return dyadOf(a, b);
      })
      .describe('two actor codes joined by a hyphen, either way round')
      .meta({ example: 'RUS-UKR' }),
  }),
) {}

/** The clocks also set the moment the index is read at (decay is measured to it): `asOf`, else `knownAt`, else now. */
const asOf = {
  asOf: clockFields.asOf.describe('the moment the index is read at, decay measured to it, from the developments that had occurred by then; `knownAt`, else now, unless given'),
  knownAt: clockFields.knownAt.describe('only what Parley had recorded by then; without asOf, also the moment the index is read at'),
  ...readFields,
};

export const INTERVALS = ['day', 'week', 'month'] as const;

export class TensionQueryDto extends createZodDto(
  querySchema({
    actors: z
      .string()
      .transform((s) => s.split(','))
      .pipe(z.array(actorCode).min(2))
      .optional()
      .describe('the actors of a conflict, comma-separated: only developments between two of them count; everyone unless given')
      .meta({ example: 'RUS,UKR,USA,DEU,GBR,TUR' }),
    ...asOf,
  }),
) {}

export class DyadTensionQueryDto extends createZodDto(
  querySchema({
    from: actorCode.optional().describe('one direction only: what this actor of the dyad did to the other'),
    limit: limitField(1_000, 20).describe('at most this many contributions, largest first, 20 unless given'),
    ...asOf,
  }),
) {}

export class TensionHistoryQueryDto extends createZodDto(
  querySchema({
    from: queryInstant.optional().describe('the first reading; 90 days before `to` unless given'),
    to: queryInstant.optional().describe('the last reading; the moment the index is read at unless given'),
    interval: z.enum(INTERVALS).default('day').describe('a reading every day, week or month'),
    cursor: instant.optional().describe('the `nextCursor` of the previous page: the instant of its last reading').meta({ example: '2025-05-30T00:00:00.000Z' }),
    limit: limitField(5_000, 1_000).describe('at most this many readings, 1000 unless given'),
    ...asOf,
  }),
) {}

export class TensionTrendQueryDto extends createZodDto(
  querySchema({
    month: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month such as 2025-05')
      .describe('the month whose mean reading is compared with the month before')
      .meta({ example: '2025-05' }),
    ...asOf,
  }),
) {}
