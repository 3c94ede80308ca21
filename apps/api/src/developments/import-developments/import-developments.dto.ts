import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { queryBoolean, querySchema } from '../../http/query-schemas';
import { droneAttackOnBombers } from '../../openapi/istanbul-examples';
import { MAX_DEVELOPMENTS } from './ndjson-body';

export class ImportDevelopmentsQueryDto extends createZodDto(
  querySchema({
    atomic: queryBoolean
      .optional()
      .describe('true: all or nothing, any refused line refuses the whole request (4xx naming every refused line) and nothing is stored')
      .meta({ example: 'true' }),
  }),
) {}

const fieldError = z.object({ field: z.string(), message: z.string() });

const answeredLine = z.object({
  line: z.number().int().describe('its line in the body, counted from 1'),
  outcome: z.enum(['recorded', 'corroborated', 'refused']).describe('recorded as a new development, corroborated one already recorded (its source attached), or refused'),
  replayed: z.boolean().optional().describe('true when this line was answered before under the same Idempotency-Key: nothing new was stored'),
  id: z.string().optional().describe('the development recorded or corroborated'),
  sourceAttached: z.boolean().optional().describe('true when the line corroborated a development: its source was attached'),
  corroborated: z.uuid().nullable().optional().describe('the development the line corroborated, or null when it recorded a new one'),
  matched: z.array(z.string()).optional(),
  disputed: z.array(z.object({ field: z.string(), value: z.number(), recorded: z.number() })).optional(),
  streamId: z.string().optional(),
  streamVersion: z.number().int().optional(),
  position: z.number().int().optional(),
  eventIds: z.array(z.uuid()).optional(),
  problem: z
    .object({ type: z.string(), title: z.string(), status: z.number().int(), detail: z.string().optional(), errors: z.array(fieldError).optional(), rule: z.string().optional() })
    .optional()
    .describe('why a refused line was refused, as a single POST of it would have been answered'),
});

export class ImportAnswerDto extends createZodDto(
  z
    .object({
      recorded: z.number().int(),
      corroborated: z.number().int(),
      refused: z.number().int(),
      position: z.number().int().nullable().describe('the log position of the last event stored: minPosition to read the batch back'),
      lines: z.array(answeredLine).describe('one answer per development, in the order of the body'),
    })
    .meta({
      example: {
        recorded: 1,
        corroborated: 0,
        refused: 1,
        position: 7,
        lines: [
          {
            line: 1,
            outcome: 'recorded',
            id: '6d1f0c3e-2b4a-5c8d-9e7f-1a2b3c4d5e6f',
            sourceAttached: false,
            corroborated: null,
            streamId: 'development-2c9a41f7-0d0b-5b63-9a1e-7f1c3d2e4b5a',
            streamVersion: 1,
            position: 7,
            eventIds: ['0b7c6f1e-3d0a-4c55-9a43-1f2e8d6b5a90'],
          },
          {
            line: 2,
            outcome: 'refused',
            problem: {
              type: 'https://parley.dev/problems/invalid-request',
              title: 'invalid request',
              status: 400,
              detail: 'actor: NOBODY is not a known actor; register it with POST /api/v1/actors',
              errors: [{ field: 'actor', message: 'NOBODY is not a known actor; register it with POST /api/v1/actors' }],
            },
          },
        ],
      },
    }),
) {}

/** What the body documents: lines as POST /api/v1/developments takes its body. */
export const NDJSON_BODY_DESCRIPTION =
  `NDJSON: up to ${MAX_DEVELOPMENTS.toLocaleString('en')} developments, one JSON object per line, each exactly the body POST /api/v1/developments takes, ` +
  'and optionally `idempotencyKey`: the Idempotency-Key a single POST of it would carry';

export const ndjsonExample = [droneAttackOnBombers, { ...droneAttackOnBombers, source: { publisher: 'Kyiv Independent' }, idempotencyKey: 'kyiv-independent-0601' }]
  .map((development) => JSON.stringify(development))
  .join('\n');
