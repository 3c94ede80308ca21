import { ACTOR_CODE, dyadOf } from '@parley/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { actorCode, clockFields, instant, limitField, readFields } from '../../http/schemas';

const CODE = ACTOR_CODE.source.slice(1, -1);

/** `RUS-USA`, either way round; answered in alphabetical order. */
export class DyadParamsDto extends createZodDto(
  z.strictObject({
    dyad: z
      .string()
      .regex(new RegExp(`^${CODE}-${CODE}$`), 'must be two actor codes joined by a hyphen, such as RUS-USA')
      .transform((d) => {
        const [a, b] = d.split('-');
        return dyadOf(a, b);
      }),
  }),
) {}

/** `asOf` is also the moment the index is read at (decay is measured to it); now by default. */
const asOf = { ...clockFields, ...readFields };

export class TensionQueryDto extends createZodDto(
  z.strictObject({ actors: z.string().transform((s) => s.split(',')).pipe(z.array(actorCode).min(2)).optional(), ...asOf }),
) {}

export class DyadTensionQueryDto extends createZodDto(
  z.strictObject({ from: actorCode.optional(), limit: limitField(1_000, 20), ...asOf }),
) {}

export class TensionHistoryQueryDto extends createZodDto(
  z.strictObject({
    from: instant.optional(),
    to: instant.optional(),
    interval: z.enum(['day', 'week', 'month']).default('day'),
    ...asOf,
  }),
) {}

export class TensionTrendQueryDto extends createZodDto(
  z.strictObject({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month such as 2025-05'), ...asOf }),
) {}
