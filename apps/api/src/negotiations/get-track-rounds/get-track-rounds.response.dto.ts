import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { instantOut, nullableText } from '../../http/responses';
import { ISTANBUL_NAMES, ROUND_2_HELD, actorNames, city, hostCountry, outcomes, roundFormat, roundStatus } from '../get-negotiation-status/get-negotiation-status.response.dto';

/**
 * russia-ukraine with round 2 held and round 3 postponed by a day, then called off: the third round
 * is the e2e test's illustration of the commands, not a round the article records.
 */
const ISTANBUL_ROUNDS = {
  trackId: 'russia-ukraine',
  names: ISTANBUL_NAMES,
  rounds: [
    { ...ROUND_2_HELD, status: 'concluded', mediators: ['TUR'], postponements: [], reason: null, cancelledAt: null },
    {
      round: 3,
      status: 'cancelled',
      format: 'in_person',
      city: 'Istanbul',
      venue: 'Ciragan Palace',
      hostCountry: 'TUR',
      mediators: ['TUR'],
      scheduledStart: '2025-07-24T16:00:00.000Z',
      originalScheduledStart: '2025-07-23T16:00:00.000Z',
      postponements: [{ from: '2025-07-23T16:00:00.000Z', to: '2025-07-24T16:00:00.000Z', reason: 'delegations not ready', announcedAt: '2025-07-22T09:00:00.000Z' }],
      startedAt: null,
      endedAt: null,
      delayMinutes: null,
      durationMinutes: null,
      outcomes: [],
      reason: 'called off',
      cancelledAt: '2025-07-23T09:00:00.000Z',
    },
  ],
};

const round = z.object({
  round: z.number().int(),
  status: roundStatus,
  format: roundFormat,
  city,
  venue: z.string().nullable(),
  hostCountry,
  mediators: z.array(z.string()),
  scheduledStart: instantOut.describe('the start it is scheduled for now, after any postponement'),
  originalScheduledStart: instantOut.describe('the start first announced'),
  postponements: z.array(
    z.object({ from: instantOut, to: instantOut, reason: z.string().nullable(), announcedAt: instantOut.describe('when the postponement was announced') }),
  ),
  startedAt: instantOut.nullable(),
  endedAt: instantOut.nullable().describe('when it concluded or broke off'),
  delayMinutes: z.number().int().nullable().describe('how late it began against the start first announced'),
  durationMinutes: z.number().int().nullable(),
  outcomes,
  reason: z.string().nullable().describe('why it was cancelled or broke off'),
  cancelledAt: instantOut.nullable(),
});

export class TrackRoundsDto extends createZodDto(
  z
    .object({
      trackId: z.string(),
      names: actorNames,
      rounds: z.array(round),
      nextCursor: nullableText('pass as `cursor` for the next page; null on the last page'),
    })
    .meta({ example: { ...ISTANBUL_ROUNDS, nextCursor: null } }),
) {}
