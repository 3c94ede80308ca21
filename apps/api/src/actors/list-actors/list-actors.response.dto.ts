import { ACTOR_TYPES, builtInActor } from '@parley/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { DRONE_ATTACK, developmentOut } from '../../developments/development.response.dto';
import { instantOut, nullableText } from '../../http/responses';
import { registerDrapatyi } from '../../openapi/istanbul-examples';

const actorFields = {
  code: z.string(),
  name: z.string(),
  type: z.enum(ACTOR_TYPES),
  country: nullableText('the country a person or group acts for; null for countries and organisations'),
  backedBy: z.array(z.string()).describe('who backs it at the moment read (asOf, else knownAt, else now)'),
  backing: z
    .array(
      z.object({
        backer: z.string(),
        from: instantOut.describe('when the backing took effect'),
        until: instantOut.optional().describe('when it ended; absent while it lasts'),
      }),
    )
    .describe('every backing recorded, by backer, in the order they began'),
};

const unbacked = (code: string) => ({ ...builtInActor(code), backedBy: [], backing: [] });

const { source: _, ...registered } = registerDrapatyi;
const drapatyi = { ...registered, backedBy: [], backing: [] };

export class ActorListDto extends createZodDto(
  z
    .object({ actors: z.array(z.object(actorFields)) })
    // The commander registered over the API among the built-in actors of the talks, in code order.
    .meta({ example: { actors: [drapatyi, ...['PESKOV', 'RUS', 'TUR', 'UKR'].map(unbacked)] } }),
) {}

export class ActorDto extends createZodDto(
  z
    .object({ ...actorFields, recentDevelopments: z.array(developmentOut).describe('the latest standing developments it took part in') })
    .meta({ example: { ...unbacked('UKR'), recentDevelopments: [DRONE_ATTACK] } }),
) {}
