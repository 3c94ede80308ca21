import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { clockFields, readFields, slug } from '../../http/schemas';

export class ListPrisonerExchangesQueryDto extends createZodDto(
  z.strictObject({ trackId: slug.optional().describe('only the exchanges of this negotiation track'), ...readFields, ...clockFields }),
) {}
