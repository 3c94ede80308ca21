import { OUTCOME_KINDS } from '@parley/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { instantOut } from '../../http/responses';

const hostCountry = z.string().nullable().describe('the country the round meets in, when named');
const roundStatus = z.enum(['scheduled', 'in_session', 'concluded', 'postponed', 'cancelled']);

/** russia-ukraine once round 2 has concluded and the exchange of 24 May is recorded. */
const ISTANBUL_TRACK = {
  trackId: 'russia-ukraine',
  parties: ['RUS', 'UKR'],
  mediators: ['TUR'],
  status: 'concluded',
  roundsHeld: 1,
  lastRound: {
    round: 2,
    city: 'Istanbul',
    venue: 'Ciragan Palace',
    hostCountry: 'TUR',
    scheduledStart: '2025-06-02T07:00:00.000Z',
    startedAt: '2025-06-02T09:00:00.000Z',
    endedAt: '2025-06-02T10:00:00.000Z',
    delayMinutes: 120,
    durationMinutes: 60,
    outcomes: [
      { kind: 'prisoner_exchange_agreed', summary: 'A new prisoner exchange deal' },
      { kind: 'further_talks_agreed', summary: 'The need for another round of talks' },
    ],
  },
  nextRound: null,
  prisonerExchanges: { count: 1, returned: { RUS: 307, UKR: 307 } },
  lastDevelopmentAt: '2025-06-02T10:00:00.000Z',
  position: 4,
};

const trackStatus = z
  .object({
    trackId: z.string(),
    parties: z.array(z.string()),
    mediators: z.array(z.string()),
    status: roundStatus.describe("the state of the track's latest round"),
    roundsHeld: z.number().int(),
    lastRound: z
      .object({
        round: z.number().int(),
        city: z.string(),
        venue: z.string().nullable(),
        hostCountry,
        scheduledStart: instantOut,
        startedAt: instantOut.nullable(),
        endedAt: instantOut.nullable(),
        delayMinutes: z.number().int().nullable().describe('how late the round began against its last scheduled start'),
        durationMinutes: z.number().int().nullable(),
        outcomes: z.array(z.object({ kind: z.enum(OUTCOME_KINDS), summary: z.string() })),
      })
      .nullable(),
    nextRound: z
      .object({ round: z.number().int(), status: roundStatus, city: z.string(), venue: z.string().nullable(), hostCountry, scheduledStart: instantOut })
      .nullable(),
    prisonerExchanges: z.object({ count: z.number().int(), returned: z.record(z.string(), z.number().int()) }),
    lastDevelopmentAt: instantOut.nullable(),
    position: z.number().int().describe('the log position of the last event applied to this track'),
  })
  .meta({ example: ISTANBUL_TRACK });

export class TrackStatusDto extends createZodDto(trackStatus) {}

export class TrackListDto extends createZodDto(
  z.object({ tracks: z.array(trackStatus) }).meta({ example: { tracks: [ISTANBUL_TRACK] } }),
) {}
