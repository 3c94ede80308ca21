import { createZodDto } from 'nestjs-zod';
import { readFields } from '../../http/schemas';
import { clockFields, querySchema } from '../../http/query-schemas';

export class NegotiationStatusQueryDto extends createZodDto(querySchema({ ...readFields, ...clockFields })) {}
