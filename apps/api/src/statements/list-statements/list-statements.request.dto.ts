import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { actorCode, clockFields, limitField, periodFields, readFields } from '../../http/schemas';

export class ListStatementsQueryDto extends createZodDto(
  z.strictObject({
    actor: actorCode.optional().describe("spoken by this actor (a person's country too), or by this person (TRUMP)"),
    target: actorCode.optional().describe('addressed to this actor'),
    ...periodFields,
    limit: limitField(500, 100),
    ...readFields,
    ...clockFields,
  }),
) {}
