import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class RebuildStartedDto extends createZodDto(
  z
    .object({
      projections: z.array(z.string()).describe('the read models being rebuilt'),
      generation: z.number().int().describe('the generation they are rebuilt into; queries switch to it when it is done'),
      status: z.string().describe('where to follow the rebuild'),
    })
    .meta({ example: { projections: ['negotiation-status'], generation: 2, status: '/api/v1/admin/projections' } }),
) {}
