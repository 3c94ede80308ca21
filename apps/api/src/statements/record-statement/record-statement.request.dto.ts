import { STANCES } from '@parley/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { actorCode, actorList, cameoCode, instant, quote, reportClaimFields, slug, text, writeFields } from '../../http/schemas';
import { trumpOnTruthSocial } from '../../openapi/istanbul-examples';

export class RecordStatementRequestDto extends createZodDto(
  z.strictObject({
    speaker: text(200),
    actor: actorCode,
    role: text(200).optional(),
    targets: actorList,
    channel: text(200).optional(),
    quote,
    stance: z.enum(STANCES),
    madeAt: instant,
    trackId: slug.optional(),
    cameoCode: cameoCode.optional(),
    ...reportClaimFields,
    ...writeFields,
  }).meta({ example: trumpOnTruthSocial }),
) {}
