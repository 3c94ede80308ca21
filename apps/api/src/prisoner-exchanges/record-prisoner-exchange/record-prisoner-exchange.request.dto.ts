import { EXCHANGE_CATEGORIES } from '@parley/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { actorList, cameoCode, instant, reportClaimFields, returnedList, slug, writeFields } from '../../http/schemas';
import { exchangeOf24May } from '../../openapi/istanbul-examples';

export class RecordPrisonerExchangeRequestDto extends createZodDto(
  z.strictObject({
    occurredAt: instant,
    returned: returnedList,
    category: z.enum(EXCHANGE_CATEGORIES).default('pow'),
    mediators: actorList.default([]),
    trackId: slug.optional(),
    cameoCode: cameoCode.optional(),
    ...reportClaimFields,
    ...writeFields,
  }).meta({ example: exchangeOf24May }),
) {}
