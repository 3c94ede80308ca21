import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { instant, writeFields } from '../../http/schemas';

export class StartTalksRequestDto extends createZodDto(
  z.strictObject({
    startedAt: instant,
    ...writeFields,
  }),
) {}
