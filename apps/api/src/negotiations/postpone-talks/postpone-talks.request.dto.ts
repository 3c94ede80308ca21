import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { instant, text, writeFields } from '../../http/schemas';
import { postponeRound3 } from '../../openapi/istanbul-examples';

export class PostponeTalksRequestDto extends createZodDto(
  z.strictObject({
    scheduledStart: instant.meta({ description: 'the new start: later than the one it replaces' }),
    reason: text(1_000).optional(),
    announcedAt: instant.optional().meta({ description: 'when the postponement was announced: never after the new start' }),
    ...writeFields,
  }).meta({ example: postponeRound3 }),
) {}
