import { createZodDto } from 'nestjs-zod';
import { limitField } from '../../http/schemas';
import { querySchema } from '../../http/query-schemas';

export class ListDeadLettersQueryDto extends createZodDto(querySchema({ limit: limitField(1_000, 100) })) {}
