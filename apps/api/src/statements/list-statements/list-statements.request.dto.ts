import { createZodDto } from 'nestjs-zod';
import { actorCode, limitField, readFields } from '../../http/schemas';
import { clockFields, periodFields, querySchema } from '../../http/query-schemas';

export class ListStatementsQueryDto extends createZodDto(
  querySchema({
    actor: actorCode.optional().describe("spoken by this actor (a person's country too), or by this person (TRUMP)"),
    target: actorCode.optional().describe('addressed to this actor'),
    ...periodFields,
    limit: limitField(500, 100),
    ...readFields,
    ...clockFields,
  }),
) {}
