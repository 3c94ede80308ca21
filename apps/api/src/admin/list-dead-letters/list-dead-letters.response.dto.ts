import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { instantOut } from '../../http/responses';
import { TRACK } from '../../openapi/istanbul-examples';

/** A message of a type no Parley version wrote, on the track of the talks (an illustration). */
export const UNKNOWN_TYPE_MESSAGE = {
  id: 1,
  topic: 'parley.events',
  partition: 0,
  offset: 30,
  key: `negotiation-track-${TRACK}`,
  value: JSON.stringify({ type: 'TalksAbandoned', streamId: `negotiation-track-${TRACK}`, position: 31, data: {} }),
  reason: 'UndecodableEvent: unknown event type TalksAbandoned',
  receivedAt: '2025-06-05T09:30:00.000Z',
};

export class DeadLetterListDto extends createZodDto(
  z
    .object({
      total: z.number().int().describe('dead letters in all, however many are listed'),
      deadLetters: z
        .array(
          z.object({
            id: z.number().int(),
            topic: z.string(),
            partition: z.number().int(),
            offset: z.number().int(),
            key: z.string().nullable(),
            value: z.string().nullable().describe('the message as it arrived'),
            reason: z.string().describe('why the projector could not apply it'),
            receivedAt: instantOut,
          }),
        )
        .describe('newest first'),
    })
    .meta({ example: { total: 1, deadLetters: [UNKNOWN_TYPE_MESSAGE] } }),
) {}
