import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { instantOut, nullableText, sourceOut } from '../../http/responses';
import { TRACK, startRound2 } from '../../openapi/istanbul-examples';

const event = z.object({
  eventId: z.uuid(),
  type: z.string(),
  schemaVersion: z.number().int(),
  streamId: z.string(),
  streamVersion: z.number().int(),
  position: z.number().int(),
  occurredAt: instantOut.describe('when it happened in the world'),
  recordedAt: instantOut.describe('when Parley learned it'),
  data: z.record(z.string(), z.unknown()),
  metadata: z.object({
    correlationId: z.string().optional(),
    causationId: z.string().optional(),
    idempotencyKey: z.string().optional(),
    writtenBy: z.string().optional().describe('a fingerprint of the API key that wrote it, never the key'),
    source: sourceOut.omit({ sourceId: true }).optional().describe('as the request gave it'),
  }),
});

/** Round 2 starting, two hours late, as the log holds it. */
export const TALKS_STARTED = {
  eventId: '3e9d1c52-7b6a-4f0e-9d8c-5a4b3c2d1e0f',
  type: 'TalksStarted',
  schemaVersion: 1,
  streamId: `negotiation-track-${TRACK}`,
  streamVersion: 2,
  position: 2,
  occurredAt: '2025-06-02T09:00:00.000Z',
  recordedAt: '2025-06-05T08:00:00.000Z',
  data: { trackId: TRACK, round: 2, startedAt: '2025-06-02T09:00:00.000Z' },
  metadata: { correlationId: 'istanbul-round-2', writtenBy: 'key:3f2a9c81d0e4', source: startRound2.source },
};

export class EventPageDto extends createZodDto(
  z
    .object({
      events: z.array(event),
      nextAfter: z.number().int().describe('pass as `after` for the next page'),
      nextCursor: nullableText('pass as `cursor` for the next page, as on every list; null once a page comes back short (the head, for now)'),
    })
    .meta({ example: { events: [TALKS_STARTED], nextAfter: TALKS_STARTED.position, nextCursor: String(TALKS_STARTED.position) } }),
) {}
