import { OUTCOME_KINDS } from '@parley/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { cameoCode, instant, text, writeFields } from '../../http/schemas';
import { concludeRound2 } from '../../openapi/istanbul-examples';

export class ConcludeTalksRequestDto extends createZodDto(
  z.strictObject({
    endedAt: instant,
    outcomes: z
      .array(z.strictObject({ kind: z.enum(OUTCOME_KINDS), summary: text(1_000) }))
      .min(1, 'must list at least one outcome (no_agreement when there was none)')
      .max(50),
    cameoCode: cameoCode.optional(),
    ...writeFields,
  }).meta({ example: concludeRound2 }),
) {}
