import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { limitField } from '../../http/schemas';

export class ListDeadLettersQueryDto extends createZodDto(z.strictObject({ limit: limitField(1_000, 100) })) {}
