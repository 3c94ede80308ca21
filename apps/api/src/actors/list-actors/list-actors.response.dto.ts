import { ACTOR_TYPES, builtInActor } from '@parley/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { DRONE_ATTACK, developmentOut } from '../../developments/development.response.dto';
import { nullableText } from '../../http/responses';
import { registerDrapatyi } from '../../openapi/istanbul-examples';

const actorFields = {
  code: z.string(),
  name: z.string(),
  type: z.enum(ACTOR_TYPES),
  country: nullableText('the country a person or group acts for; null for countries and organisations'),
};

const { source: _, ...drapatyi } = registerDrapatyi;

export class ActorListDto extends createZodDto(
  z
    .object({ actors: z.array(z.object(actorFields)) })
    // The commander registered over the API among the built-in actors of the talks, in code order.
    .meta({ example: { actors: [drapatyi, ...['PESKOV', 'RUS', 'TUR', 'UKR'].map(builtInActor)] } }),
) {}

export class ActorDto extends createZodDto(
  z
    .object({ ...actorFields, recentDevelopments: z.array(developmentOut).describe('the latest standing developments it took part in') })
    .meta({ example: { ...builtInActor('UKR'), recentDevelopments: [DRONE_ATTACK] } }),
) {}
