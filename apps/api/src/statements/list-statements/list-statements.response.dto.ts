import { STANCES, STANCE_CAMEO, cameoOf } from '@parley/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { cameoOut, instantOut, nullableText, provenanceOut, citedExample } from '../../http/responses';
import { trumpOnTruthSocial } from '../../openapi/istanbul-examples';

const statement = z.object({
  developmentId: z.uuid(),
  speaker: z.string(),
  actor: z.string(),
  person: z.string().nullable().describe('the registered person who spoke (TRUMP), when known; actor is their country'),
  actors: z.array(z.string()).describe('the actor and the person: what `actor=` matches'),
  role: z.string().nullable(),
  targets: z.array(z.string()),
  targetPersons: z.array(z.string()).describe('the people among the targets, whose countries are in targets'),
  channel: z.string().nullable(),
  quote: z.string(),
  stance: z.enum(STANCES),
  madeAt: instantOut,
  trackId: z.string().nullable(),
  cameo: cameoOut,
  ...provenanceOut,
  recordedAt: instantOut.describe('when Parley learned of it'),
  position: z.number().int(),
});

const { source, madeAt, ...said } = trumpOnTruthSocial;

export class StatementListDto extends createZodDto(
  z.object({ statements: z.array(statement), nextCursor: nullableText('pass as `cursor` for the next page; null on the last page') }).meta({
    example: {
      statements: [
        {
          developmentId: '5f0c2a9e-8d4b-5f7a-9c1e-2b3d4e5f6a7b',
          ...said,
          person: 'TRUMP',
          actors: ['USA', 'TRUMP'],
          targetPersons: [],
          madeAt: '2025-05-27T18:00:00.000Z',
          trackId: null,
          cameo: cameoOf(STANCE_CAMEO.hostile),
          sources: [citedExample({ ...source, publishedAt: '2025-06-05T00:00:00.000Z' })],
          disputed: [],
          confirmed: false,
          recordedAt: '2025-06-05T08:00:00.000Z',
          position: 5,
        },
      ],
      nextCursor: null,
    },
  }),
) {}
