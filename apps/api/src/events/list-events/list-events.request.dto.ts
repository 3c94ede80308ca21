import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { limitField, readFields } from '../../http/schemas';

export class ListEventsQueryDto extends createZodDto(
  z.strictObject({
    after: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
    limit: limitField(1_000, 100),
    ...readFields,
  }),
) {}
