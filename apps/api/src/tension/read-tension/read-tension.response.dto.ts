import { LEVELS } from '@parley/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { DRONE_ATTACK } from '../../developments/development.response.dto';
import { instantOut, nullableText } from '../../http/responses';
import { INTERVALS } from './read-tension.request.dto';

/**
 * The Istanbul scenario read at the end of 2 June 2025, the day of the round (docs/tension-index.md
 * works the RUS-UKR figures through); values rounded as the docs give them.
 */
const AS_OF = '2025-06-02T23:59:59.000Z';
const SETTINGS = { asOf: AS_OF, halfLifeDays: 14, scale: 25, tableVersion: 'gdelt-2.0' };
const RUS_UKR = { value: 55.02, level: 'high', conflict: 48.38, cooperation: 14.56 };

const channel = z.number().min(0);

/** What every reading says: the index and the two channels it follows from. */
const reading = {
  value: z.number().min(0).max(100).describe('100 × conflict / (conflict + cooperation + scale)'),
  level: z.enum(LEVELS.map((l) => l.level) as [string, ...string[]]),
  conflict: channel.describe('the sum of the conflict contributions'),
  cooperation: channel.describe('the sum of the cooperation contributions'),
};

/** How the index was read. */
const settings = {
  asOf: instantOut.describe('the moment of reading: decay is measured to it'),
  halfLifeDays: z.number().describe('days after which a development weighs half'),
  scale: z.number().describe('the conflict at which the index reads 50 when there is no cooperation'),
  tableVersion: z.string().describe('the CAMEO Goldstein table the weights come from'),
};

export class TensionOverviewDto extends createZodDto(
  z
    .object({
      ...settings,
      overall: z.object({
        actors: z.array(z.string()).nullable().describe('the actors of the conflict asked for; null for everyone'),
        ...reading,
      }),
      dyads: z.array(z.object({ dyad: z.string(), ...reading })).describe('every dyad with a reading, highest first'),
    })
    .meta({
      example: {
        ...SETTINGS,
        overall: { actors: null, value: 53.92, level: 'high', conflict: 56.74, cooperation: 23.49 },
        dyads: [
          { dyad: 'RUS-UKR', ...RUS_UKR },
          { dyad: 'RUS-USA', value: 17.32, level: 'low', conflict: 5.62, cooperation: 1.84 },
          { dyad: 'NATO-RUS', value: 10.18, level: 'low', conflict: 2.83, cooperation: 0 },
          { dyad: 'GBR-RUS', value: 4.59, level: 'low', conflict: 1.2, cooperation: 0 },
          { dyad: 'EU-RUS', value: 2.97, level: 'low', conflict: 0.77, cooperation: 0 },
          { dyad: 'DEU-RUS', value: 2.96, level: 'low', conflict: 0.76, cooperation: 0 },
        ],
      },
    }),
) {}

const contribution = z.object({
  eventId: z.uuid().describe('the development it comes from'),
  kind: z.string(),
  cameoCode: z.string(),
  goldstein: z.number(),
  channel: z.enum(['conflict', 'cooperation']),
  magnitude: z.number().describe('1 + log10(1 + size in units)'),
  sourceWeight: z.number().describe('1 − 0.5^independent sources'),
  decay: z.number().describe('0.5^(age / half-life)'),
  attribution: z.number().describe("1 for a party's own act; the proxy attribution for a backed group's act"),
  relief: z.number().describe('1, or 1 − strength for conflict the de-escalation in force sets aside'),
  contribution: z.number().describe('|goldstein| × magnitude × sourceWeight × decay × attribution × relief'),
  occurredAt: instantOut,
  via: z.string().optional().describe("the backed group whose act counts in its backer's dyad (M23), or the dyad of two groups the two parties back (M23-WAZALENDO)"),
});

const deEscalation = z
  .object({
    eventId: z.uuid().describe('the ceasefire or agreement'),
    kind: z.string(),
    stage: z.string(),
    scope: z.string().nullable(),
    since: instantOut.describe('when it took effect'),
    setsAsideThrough: instantOut.describe('conflict up to this moment is set aside: `since`, or its last violation once it held again'),
    strength: z.number().min(0).max(1).describe('the share of that conflict set aside'),
    setAside: channel.describe('the conflict it takes off the reading at `asOf`'),
  })
  .nullable()
  .describe('the ceasefire or agreement between the parties that holds at `asOf`, if any');

const conflictOf = (eventId: string, kind: string, cameoCode: string, magnitude: number, decay: number, share: number, occurredAt: string) => ({
  eventId,
  kind,
  cameoCode,
  goldstein: -10,
  channel: 'conflict',
  magnitude,
  sourceWeight: 0.5,
  decay,
  attribution: 1,
  relief: 1,
  contribution: share,
  occurredAt,
});

export class DyadTensionDto extends createZodDto(
  z
    .object({
      dyad: z.string(),
      direction: nullableText('the direction asked for with `from` (UKR>RUS); null for both'),
      ...reading,
      ...settings,
      contributionCount: z.number().int().describe('contributions in all; `limit` caps those listed'),
      contributions: z.array(contribution).describe('largest first'),
      unlisted: z
        .object({ count: z.number().int().min(0), conflict: channel, cooperation: channel })
        .describe('what the contributions left out of the list add up to: listed plus unlisted make the channels'),
      deEscalation,
    })
    .meta({
      example: {
        dyad: 'RUS-UKR',
        direction: null,
        ...RUS_UKR,
        ...SETTINGS,
        contributionCount: 13,
        contributions: [
          // Ukraine's drone attack on the bombers, the 112 drones downed and the strike that killed 12.
          conflictOf(DRONE_ATTACK.id, 'military_strike', '195', 3.303, 0.928, 15.33, '2025-06-01T12:00:00.000Z'),
          conflictOf('1039224f-fd34-5948-a446-883aeca958aa', 'air_defence_interception', '190', 3.053, 0.762, 11.63, '2025-05-28T12:00:00.000Z'),
          conflictOf('217f0066-6ede-5e42-ac2a-4561f4532e65', 'military_strike', '190', 2.114, 0.925, 9.77, '2025-06-01T10:00:00.000Z'),
        ],
        unlisted: { count: 10, conflict: 7.83, cooperation: 12.88 },
        deEscalation: null,
      },
    }),
) {}

export class TensionHistoryDto extends createZodDto(
  z
    .object({
      dyad: z.string(),
      interval: z.enum(INTERVALS),
      points: z.array(z.object({ at: instantOut, value: reading.value, conflict: reading.conflict, cooperation: reading.cooperation })),
      nextCursor: nullableText('pass as `cursor` for the next page; null on the last page'),
    })
    .meta({
      example: {
        dyad: 'RUS-UKR',
        interval: 'day',
        points: [
          { at: '2025-05-30T00:00:00.000Z', value: 32.09, conflict: 17.47, cooperation: 11.97 },
          { at: '2025-05-31T00:00:00.000Z', value: 35.82, conflict: 21.51, cooperation: 13.53 },
          { at: '2025-06-01T00:00:00.000Z', value: 35.08, conflict: 20.47, cooperation: 12.88 },
          { at: '2025-06-02T00:00:00.000Z', value: 55.69, conflict: 46.83, cooperation: 12.26 },
        ],
        nextCursor: null,
      },
    }),
) {}

export class TensionTrendDto extends createZodDto(
  z
    .object({
      dyad: z.string(),
      month: z.string(),
      previousMonth: z.string(),
      mean: z.number().describe("the mean of the month's daily readings, each at the end of its day"),
      previousMean: z.number(),
      change: z.number(),
      threshold: z.number().describe('index points the mean must move by to count as a change'),
      verdict: z.enum(['deteriorated', 'improved', 'unchanged']),
    })
    .meta({
      // May 2025 between Russia and the United States: Trump's posts of 27 May, and Peskov's proposal.
      example: { dyad: 'RUS-USA', month: '2025-05', previousMonth: '2025-04', mean: 3.09, previousMean: 0, change: 3.09, threshold: 5, verdict: 'unchanged' },
    }),
) {}
