import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { instant, writeFields } from '../../http/schemas';
import { startRound2 } from '../../openapi/istanbul-examples';

export class StartTalksRequestDto extends createZodDto(
  z.strictObject({
    startedAt: instant,
    ...writeFields,
  }).meta({ example: startRound2 }),
) {}
