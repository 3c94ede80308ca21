import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { clockFields, readFields } from '../../http/schemas';

export class NegotiationStatusQueryDto extends createZodDto(z.strictObject({ ...readFields, ...clockFields })) {}
