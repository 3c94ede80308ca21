import { EXCHANGE_CATEGORIES } from '@parley/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { actorCode, actorList, cameoCode, instant, slug, writeFields } from '../../http/schemas';
import { exchangeOf24May } from '../../openapi/istanbul-examples';

export class RecordPrisonerExchangeRequestDto extends createZodDto(
  z.strictObject({
    occurredAt: instant,
    returned: z
      .array(z.strictObject({ to: actorCode, count: z.number().int().min(1, 'must be at least 1').max(1_000_000) }))
      .min(1, 'must list at least one side')
      .max(20),
    category: z.enum(EXCHANGE_CATEGORIES).default('pow'),
    mediators: actorList.default([]),
    trackId: slug.optional(),
    cameoCode: cameoCode.optional(),
    ...writeFields,
  }).meta({ example: exchangeOf24May }),
) {}
