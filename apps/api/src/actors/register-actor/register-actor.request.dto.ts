import { ACTOR_TYPES } from '@parley/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { actorCode, text, writeFields } from '../../http/schemas';

export class RegisterActorRequestDto extends createZodDto(
  z.strictObject({
    code: actorCode,
    name: text(200),
    type: z.enum(ACTOR_TYPES),
    /** The country a person or group acts for. */
    country: actorCode.optional(),
    ...writeFields,
  }),
) {}
