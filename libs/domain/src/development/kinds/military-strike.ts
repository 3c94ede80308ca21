import { z } from 'zod';
import { name } from './fields';
import { actorsListed, defineKind } from './kind';

export const STRIKE_MEANS = ['air', 'missile', 'artillery', 'drone'] as const;
const means = z.enum(STRIKE_MEANS);

/**
 * Escalating: 195 employ aerial weapons (−10), 194 fight with artillery and tanks (−10). A combined
 * strike lists every means (`["drone", "missile"]`); a single value is shorthand for a list of one.
 */
export const militaryStrike = defineKind({
  kind: 'military_strike',
  eventType: 'MilitaryStrikeRecorded',
  // 2: several actors, and its means a list.
  schemaVersion: 2,
  upcasters: { 1: (data) => ({ ...actorsListed(data), details: { ...(data.details as object), means: [(data.details as { means: string }).means] } }) },
  details: z.strictObject({
    means: z
      .union([means, z.array(means).min(1, 'must name at least one means').max(STRIKE_MEANS.length)])
      .transform((given) => [...new Set(typeof given === 'string' ? [given] : given)]),
    objective: name.optional(),
  }),
  about: '`means: [air, missile, artillery, drone]` (one or several), `objective?`',
  codes: { 'air, missile, drone': '195', 'artillery only': '194' },
  defaultCameo: ({ means }) => (means.every((m) => m === 'artillery') ? '194' : '195'),
  cameoRoots: ['18', '19', '20'],
  example: { actors: ['UKR'], targets: ['RUS'], details: { means: ['drone'], objective: 'long-range bombers' }, magnitude: { damageUsd: 2e9 } },
});
