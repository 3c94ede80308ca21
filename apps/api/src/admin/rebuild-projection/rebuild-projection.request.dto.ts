import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class RebuildProjectionParamsDto extends createZodDto(
  z.strictObject({
    name: z
      .string()
      .max(100)
      .regex(/^[a-z0-9-]+$/, 'must be a read model name such as negotiation-status, or all')
      .describe('a read model, or `all`')
      .meta({ example: 'negotiation-status' }),
  }),
) {}
