import { z } from 'zod';
import { text } from './fields';
import { actorsListed, defineKind, requireTargets } from './kind';

/** Escalating, verbally: 112 accuse (−2). */
export const accusation = defineKind({
  kind: 'accusation',
  eventType: 'AccusationRecorded',
  schemaVersion: 2,
  upcasters: { 1: actorsListed },
  details: z.strictObject({ allegation: text(2_000) }),
  about: '`allegation`',
  codes: { any: '112' },
  defaultCameo: () => '112',
  cameoRoots: ['11'],
  example: { actors: ['GBR'], targets: ['RUS'], details: { allegation: 'cyber attacks on aid deliveries to Ukraine' } },
  check: (report) => requireTargets(report, 'who is accused'),
});
