import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { instant, text, writeFields } from '../../http/schemas';
import { postponeRound3 } from '../../openapi/istanbul-examples';

export class PostponeTalksRequestDto extends createZodDto(
  z.strictObject({
    scheduledStart: instant,
    reason: text(1_000).optional(),
    announcedAt: instant.optional(),
    ...writeFields,
  }).meta({ example: postponeRound3 }),
) {}
