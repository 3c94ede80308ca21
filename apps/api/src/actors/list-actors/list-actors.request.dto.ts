import { ACTOR_TYPES } from '@parley/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { actorCode, clockFields, limitField, readFields } from '../../http/schemas';

export class ListActorsQueryDto extends createZodDto(
  z.strictObject({ type: z.enum(ACTOR_TYPES).optional().describe('only actors of this type'), ...readFields, ...clockFields }),
) {}

export class ActorParamsDto extends createZodDto(z.strictObject({ code: actorCode.meta({ example: 'UKR' }) })) {}

export class ActorQueryDto extends createZodDto(
  z.strictObject({ limit: limitField(200, 20).describe('at most this many recent developments, 20 unless given'), ...readFields, ...clockFields }),
) {}
