import { ACTOR_TYPES } from '@parley/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { actorCode, text, writeFields } from '../../http/schemas';
import { registerDrapatyi } from '../../openapi/istanbul-examples';
import { backersField } from '../backers';

export class RegisterActorRequestDto extends createZodDto(
  z.strictObject({
    code: actorCode,
    name: text(200),
    type: z.enum(ACTOR_TYPES),
    country: actorCode.optional().describe('the country a person or group acts for: their acts count as its acts'),
    backedBy: backersField.default([]).describe('the states, organisations or groups backing it from now on; POST …/backing dates a backing that began earlier'),
    ...writeFields,
  }).meta({ example: registerDrapatyi }),
) {}
