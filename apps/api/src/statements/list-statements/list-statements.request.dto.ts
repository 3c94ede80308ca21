import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { actorCode, clockFields, limitField, periodFields, readFields } from '../../http/schemas';

export class ListStatementsQueryDto extends createZodDto(
  z.strictObject({
    actor: actorCode.optional().describe("spoken by this actor, or for it (a person's country)"),
    target: actorCode.optional().describe('addressed to this actor'),
    ...periodFields,
    limit: limitField(500, 100),
    ...readFields,
    ...clockFields,
  }),
) {}
