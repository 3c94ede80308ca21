import { OUTCOME_KINDS, ROUND_FORMATS } from '@parley/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { instantOut, nullableText } from '../../http/responses';

export const hostCountry = z.string().nullable().describe('the country the round meets in, when named');
export const roundStatus = z.enum(['scheduled', 'in_session', 'concluded', 'broken_off', 'postponed', 'cancelled']);
export const roundFormat = z.enum(ROUND_FORMATS).describe('in_person, or a call or video conference (which needs no city)');
export const city = z.string().nullable().describe('null for a call or a video conference that named none');
export const outcomes = z.array(z.object({ kind: z.enum(OUTCOME_KINDS), summary: z.string() }));
export const actorNames = z.record(z.string(), z.string()).describe('every party and mediator by name, persons included');
export const ISTANBUL_NAMES = { RUS: 'Russian Federation', UKR: 'Ukraine', TUR: 'Türkiye' };
const phase = z
  .enum(['active', 'stalled', 'agreement_reached', 'broken_down'])
  .describe(
    'where the process stands at asOf: agreement_reached once an agreement is signed on the track, broken_down once its last round broke off or a party withdrew from an agreement (the later of these counts), else stalled when no round was held or due for 90 days, else active',
  );

/** Round 2 as held: two hours late, an hour long. */
export const ROUND_2_HELD = {
  round: 2,
  format: 'in_person',
  city: 'Istanbul',
  venue: 'Ciragan Palace',
  hostCountry: 'TUR',
  scheduledStart: '2025-06-02T07:00:00.000Z',
  originalScheduledStart: '2025-06-02T07:00:00.000Z',
  startedAt: '2025-06-02T09:00:00.000Z',
  endedAt: '2025-06-02T10:00:00.000Z',
  delayMinutes: 120,
  durationMinutes: 60,
  outcomes: [
    { kind: 'prisoner_exchange_agreed', summary: 'A new prisoner exchange deal' },
    { kind: 'further_talks_agreed', summary: 'The need for another round of talks' },
  ],
};

/** russia-ukraine once round 2 has concluded and the exchange of 24 May is recorded. */
const ISTANBUL_TRACK = {
  trackId: 'russia-ukraine',
  parties: ['RUS', 'UKR'],
  mediators: ['TUR'],
  names: ISTANBUL_NAMES,
  status: 'concluded',
  phase: 'active',
  roundsHeld: 1,
  lastRound: ROUND_2_HELD,
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
    names: actorNames,
    status: roundStatus.describe("the state of the track's latest round"),
    phase,
    roundsHeld: z.number().int(),
    lastRound: z
      .object({
        round: z.number().int(),
        format: roundFormat,
        city,
        venue: z.string().nullable(),
        hostCountry,
        scheduledStart: instantOut,
        originalScheduledStart: instantOut.describe('the start first announced, before any postponement'),
        startedAt: instantOut.nullable(),
        endedAt: instantOut.nullable(),
        delayMinutes: z.number().int().nullable().describe('how late the round began against the start first announced for it'),
        durationMinutes: z.number().int().nullable(),
        outcomes,
      })
      .nullable(),
    nextRound: z
      .object({ round: z.number().int(), status: roundStatus, format: roundFormat, city, venue: z.string().nullable(), hostCountry, scheduledStart: instantOut })
      .nullable(),
    prisonerExchanges: z.object({ count: z.number().int(), returned: z.record(z.string(), z.number().int()) }),
    lastDevelopmentAt: instantOut.nullable(),
    position: z.number().int().describe('the log position of the last event applied to this track'),
  })
  .meta({ example: ISTANBUL_TRACK });

export class TrackStatusDto extends createZodDto(trackStatus) {}

export class TrackListDto extends createZodDto(
  z
    .object({ tracks: z.array(trackStatus), nextCursor: nullableText('pass as `cursor` for the next page; null on the last page') })
    .meta({ example: { tracks: [ISTANBUL_TRACK], nextCursor: null } }),
) {}
