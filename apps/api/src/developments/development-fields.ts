import { DATE_PRECISIONS, PLACE_PRECISIONS, locationSchema, magnitudeSchema } from '@parley/domain';
import { z } from 'zod';
import { actorList, instant, text } from '../http/schemas';

/** What a report and a correction of any kind may say; the domain defines places and figures, as it resolves and weighs them. */
export const factFields = {
  targets: actorList,
  occurredAt: instant,
  datePrecision: z.enum(DATE_PRECISIONS),
  location: locationSchema.describe('a place name ("Goma"), or { name, country (ISO-3)?, admin1?, latitude?, longitude? }'),
  summary: text(2_000),
  magnitude: magnitudeSchema.describe(
    'figures, each a number or split by side ({ "total"?: n, "bySide": { "UKR": 12 } }, or the shorthand { "UKR": 12, "RUS": 3 }); approximate: true; claimedBy: the party whose claim they are',
  ),
  notes: text(4_000).describe("the reporter's notes: caveats, what the sources disagree on"),
};

const figureOut = z.union([z.number(), z.object({ total: z.number().optional(), bySide: z.record(z.string(), z.number()) })]);

/** Figures as recorded: a split one always in its full form. */
export const magnitudeOut = z.object({
  casualties: figureOut.optional(),
  damageUsd: figureOut.optional(),
  count: figureOut.optional(),
  areaKm2: figureOut.optional(),
  approximate: z.literal(true).optional().describe('the sources give the figures as approximate'),
  claimedBy: z.string().optional().describe('the party whose claim the figures are: counted at a discount in the tension index'),
});

export const placeOut = z
  .object({
    name: z.string(),
    country: z.string().optional().describe('ISO 3166-1 alpha-3'),
    admin1: z.string().optional(),
    latitude: z.number().optional(),
    longitude: z.number().optional(),
    precision: z
      .enum(PLACE_PRECISIONS)
      .describe("where the coordinates came from: the request (given), the gazetteer's place (place), the country's centroid (country); name: none known"),
  })
  .nullable()
  .describe('where it happened, when reported');
