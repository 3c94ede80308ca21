import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { instant, text, writeFields } from '../../http/schemas';
import { cancelRound3 } from '../../openapi/istanbul-examples';

export class CancelTalksRequestDto extends createZodDto(
  z.strictObject({
    reason: text(1_000).optional(),
    announcedAt: instant.optional(),
    ...writeFields,
  }).meta({ example: cancelRound3 }),
) {}
