import { ROUND_FORMATS } from '@parley/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { actorCode, actorList, cameoCode, instant, text, writeFields } from '../../http/schemas';
import { scheduleRound2 } from '../../openapi/istanbul-examples';

export class ScheduleTalksRequestDto extends createZodDto(
  z.strictObject({
    round: z
      .number()
      .int()
      .min(1)
      .max(10_000)
      .optional()
      .meta({ description: 'without it, a report of the round scheduled for the same day corroborates that round; otherwise the next number' }),
    parties: z.array(actorCode).min(2).max(20).meta({ description: 'the countries, organisations or groups that negotiate: never a person' }),
    mediators: actorList.default([]).meta({ description: 'who mediates: never one of the parties, nor a person acting for one' }),
    format: z.enum(ROUND_FORMATS).optional().meta({ description: 'in_person (the default), or call or video, which need no city' }),
    city: text(100).optional().meta({ description: 'where a round in person meets: required unless the format is call or video' }),
    venue: text(200).optional(),
    hostCountry: actorCode.optional().meta({ description: 'the country the round meets in (TUR for Istanbul): a third country codes the talks 044' }),
    scheduledStart: instant,
    announcedAt: instant.optional().meta({ description: 'when the round was announced: never after scheduledStart' }),
    cameoCode: cameoCode.optional(),
    ...writeFields,
  }).meta({ example: scheduleRound2 }),
) {}
