import { ANY_DEVELOPMENT_KINDS } from '@parley/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { actorCode, clockFields, instant, limitField, readFields } from '../../http/schemas';

export class ListDevelopmentsQueryDto extends createZodDto(
  z.strictObject({
    since: instant.optional(),
    kind: z.enum(ANY_DEVELOPMENT_KINDS).optional(),
    actor: actorCode.optional(),
    target: actorCode.optional(),
    from: instant.optional(),
    to: instant.optional(),
    cursor: z.string().max(200).optional(),
    limit: limitField(500, 50),
    ...readFields,
    ...clockFields,
  }),
) {}

export class ListRetractionsQueryDto extends createZodDto(
  z.strictObject({ since: instant.optional(), limit: limitField(1_000, 100), ...readFields, ...clockFields }),
) {}
