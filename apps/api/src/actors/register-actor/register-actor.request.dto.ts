import { ACTOR_TYPES } from '@parley/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { actorCode, text, writeFields } from '../../http/schemas';
import { registerDrapatyi } from '../../openapi/istanbul-examples';

export class RegisterActorRequestDto extends createZodDto(
  z.strictObject({
    code: actorCode,
    name: text(200),
    type: z.enum(ACTOR_TYPES),
    country: actorCode.optional().describe('the country a person or group acts for: their acts count as its acts'),
    ...writeFields,
  }).meta({ example: registerDrapatyi }),
) {}
