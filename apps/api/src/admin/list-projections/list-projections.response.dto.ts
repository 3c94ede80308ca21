import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { instantOut } from '../../http/responses';
import { UNKNOWN_TYPE_MESSAGE } from '../list-dead-letters/list-dead-letters.response.dto';

const position = z.number().int();

const projection = z.object({
  name: z.string(),
  state: z.enum(['live', 'rebuilding', 'failed']),
  appliedPosition: position,
  headPosition: position,
  lag: z.object({ events: z.number().int(), seconds: z.number().int().describe('how long the oldest event not yet applied has waited') }),
  lastRebuild: z
    .object({
      source: z.enum(['store', 'kafka']),
      generation: z.number().int(),
      progress: z.object({ done: z.number().int(), total: z.number().int() }),
      eventsPerSecond: z.number().nullable(),
      applied: z
        .object({
          fromSource: z.number().int().describe('read from the source it was asked for: the event store, or Kafka'),
          caughtUp: z.number().int().describe('then applied from the store at the switch: events the source had not supplied'),
        })
        .nullable()
        .describe('the events the rebuild applied, by where they came from; null until it has switched'),
      error: z.string().nullable(),
      startedAt: instantOut,
      finishedAt: instantOut.nullable(),
    })
    .nullable()
    .describe('under way, done or failed; null if never rebuilt'),
});

const HEAD = 30;
const caughtUp = { appliedPosition: HEAD, headPosition: HEAD, lag: { events: 0, seconds: 0 } };

export class ProjectionsStatusDto extends createZodDto(
  z
    .object({
      headPosition: position,
      deadLetters: z.number().int().describe('messages the projector set aside (GET /api/v1/admin/dead-letters lists them)'),
      lastDeadLetter: z.object({ reason: z.string(), receivedAt: instantOut }).nullable().describe('the newest of them; null when there are none'),
      projections: z.array(projection),
    })
    .meta({
      // The Istanbul scenario's thirty events applied, negotiation-status rebuilt once from the store.
      example: {
        headPosition: HEAD,
        deadLetters: 1,
        lastDeadLetter: { reason: UNKNOWN_TYPE_MESSAGE.reason, receivedAt: UNKNOWN_TYPE_MESSAGE.receivedAt },
        projections: [
          { name: 'developments', state: 'live', ...caughtUp, lastRebuild: null },
          {
            name: 'negotiation-status',
            state: 'live',
            ...caughtUp,
            lastRebuild: {
              source: 'store',
              generation: 2,
              progress: { done: HEAD, total: HEAD },
              eventsPerSecond: 348,
              applied: { fromSource: HEAD, caughtUp: 0 },
              error: null,
              startedAt: '2025-06-05T09:00:00.000Z',
              finishedAt: '2025-06-05T09:00:00.091Z',
            },
          },
        ],
      },
    }),
) {}
