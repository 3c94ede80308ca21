import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { instant, text, writeFields } from '../../http/schemas';
import { breakOffRound3 } from '../../openapi/istanbul-examples';

export class BreakOffTalksRequestDto extends createZodDto(
  z.strictObject({
    endedAt: instant,
    reason: text(1_000),
    ...writeFields,
  }).meta({ example: breakOffRound3 }),
) {}
