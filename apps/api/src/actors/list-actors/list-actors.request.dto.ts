import { ACTOR_TYPES } from '@parley/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { actorCode, limitField, readFields } from '../../http/schemas';
import { clockFields, querySchema } from '../../http/query-schemas';

export class ListActorsQueryDto extends createZodDto(
  querySchema({ type: z.enum(ACTOR_TYPES).optional().describe('only actors of this type'), ...readFields, ...clockFields }),
) {}

export class ActorParamsDto extends createZodDto(z.strictObject({ code: actorCode.meta({ example: 'UKR' }) })) {}

export class ActorQueryDto extends createZodDto(
  querySchema({ limit: limitField(200, 20).describe('at most this many recent developments, 20 unless given'), ...readFields, ...clockFields }),
) {}
