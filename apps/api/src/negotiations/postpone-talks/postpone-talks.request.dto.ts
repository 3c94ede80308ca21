import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { instant, text, writeFields } from '../../http/schemas';

export class PostponeTalksRequestDto extends createZodDto(
  z.strictObject({
    scheduledStart: instant,
    reason: text(1_000).optional(),
    announcedAt: instant.optional(),
    ...writeFields,
  }),
) {}
