import { z } from 'zod';
import { actorsListed, defineKind, requireFigure } from './kind';

export const INTERCEPTED_PROJECTILES = ['drone', 'missile', 'aircraft'] as const;

/** Escalating: 190 use conventional military force (−10). */
export const airDefenceInterception = defineKind({
  kind: 'air_defence_interception',
  eventType: 'AirDefenceInterceptionRecorded',
  schemaVersion: 2,
  upcasters: { 1: actorsListed },
  details: z.strictObject({
    projectile: z.enum(INTERCEPTED_PROJECTILES),
    durationHours: z.number().positive().max(24 * 366).optional(),
  }),
  about: '`projectile` (drone, missile, aircraft), `durationHours?`; needs `magnitude.count`',
  codes: { any: '190' },
  defaultCameo: () => '190',
  cameoRoots: ['19'],
  example: { actors: ['RUS'], targets: ['UKR'], details: { projectile: 'drone' }, magnitude: { count: 112 } },
  check: (report) => requireFigure(report, 'count', 'how many were brought down'),
});
