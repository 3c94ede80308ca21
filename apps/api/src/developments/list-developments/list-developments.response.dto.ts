import { ANY_DEVELOPMENT_KINDS } from '@parley/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { instantOut, nullableText } from '../../http/responses';
import { retractDuplicate } from '../../openapi/istanbul-examples';
import { DRONE_ATTACK, developmentOut } from '../development.response.dto';

export class DevelopmentPageDto extends createZodDto(
  z
    .object({
      developments: z.array(developmentOut),
      nextCursor: nullableText('pass as `cursor` for the next page; null on the last page'),
    })
    .meta({ example: { developments: [DRONE_ATTACK], nextCursor: DRONE_ATTACK.sortKey } }),
) {}

export class RetractionListDto extends createZodDto(
  z
    .object({
      retractions: z.array(
        z.object({ id: z.uuid(), kind: z.enum(ANY_DEVELOPMENT_KINDS), retractedAt: instantOut, reason: z.string().nullable() }),
      ),
      nextCursor: nullableText('pass as `cursor` for the next page; null on the last page'),
    })
    .meta({
      example: {
        retractions: [
          { id: '0f9e8d7c-6b5a-5f4e-8d3c-2b1a0f9e8d7c', kind: 'military_strike', retractedAt: '2025-06-05T09:00:00.000Z', ...retractDuplicate },
        ],
        nextCursor: null,
      },
    }),
) {}
