import { DATE_PRECISIONS } from '@parley/domain';
import { z } from 'zod';
import { actorList, instant, text } from '../http/schemas';

const figure = z.number().min(0, 'must not be negative').max(1e15);

/** The figures of a development's size, as they apply. */
export const magnitudeSchema = z.strictObject({
  casualties: figure.int().optional(),
  damageUsd: figure.optional(),
  count: figure.int().optional(),
  areaKm2: figure.optional(),
});

/** What a report and a correction of any kind may say. */
export const factFields = {
  targets: actorList,
  occurredAt: instant,
  datePrecision: z.enum(DATE_PRECISIONS),
  location: text(200),
  summary: text(2_000),
  magnitude: magnitudeSchema,
};
