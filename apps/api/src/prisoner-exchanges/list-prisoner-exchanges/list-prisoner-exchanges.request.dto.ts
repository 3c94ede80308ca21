import { createZodDto } from 'nestjs-zod';
import { readFields, slug } from '../../http/schemas';
import { clockFields, querySchema } from '../../http/query-schemas';

export class ListPrisonerExchangesQueryDto extends createZodDto(
  querySchema({ trackId: slug.optional().describe('only the exchanges of this negotiation track'), ...readFields, ...clockFields }),
) {}
