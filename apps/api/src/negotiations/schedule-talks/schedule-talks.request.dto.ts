import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { actorCode, actorList, cameoCode, instant, text, writeFields } from '../../http/schemas';
import { scheduleRound2 } from '../../openapi/istanbul-examples';

export class ScheduleTalksRequestDto extends createZodDto(
  z.strictObject({
    round: z.number().int().min(1).max(10_000).optional(),
    parties: z.array(actorCode).min(2).max(20),
    mediators: actorList.default([]),
    city: text(100),
    venue: text(200).optional(),
    hostCountry: actorCode.optional().meta({ description: 'the country the round meets in (TUR for Istanbul): a third country codes the talks 044' }),
    scheduledStart: instant,
    announcedAt: instant.optional(),
    cameoCode: cameoCode.optional(),
    ...writeFields,
  }).meta({ example: scheduleRound2 }),
) {}
