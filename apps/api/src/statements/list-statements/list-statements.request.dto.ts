import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { actorCode, clockFields, instant, limitField, readFields } from '../../http/schemas';

export class ListStatementsQueryDto extends createZodDto(
  z.strictObject({
    actor: actorCode.optional(),
    target: actorCode.optional(),
    from: instant.optional(),
    to: instant.optional(),
    limit: limitField(500, 100),
    ...readFields,
    ...clockFields,
  }),
) {}
