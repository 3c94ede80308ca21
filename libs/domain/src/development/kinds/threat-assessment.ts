import { z } from 'zod';
import { name, text } from './fields';
import { actorsListed, defineKind } from './kind';

/** Escalating, verbally: 130 threaten (−4.4); a published accusation may be coded 11x. */
export const threatAssessment = defineKind({
  kind: 'threat_assessment',
  eventType: 'ThreatAssessmentRecorded',
  schemaVersion: 2,
  upcasters: { 1: actorsListed },
  details: z.strictObject({
    publisher: name,
    title: name.optional(),
    claims: z
      .array(z.strictObject({ claim: text(1_000), figure: z.number().min(0).optional(), unit: text(50).optional() }))
      .min(1, 'must list at least one claim')
      .max(100),
  }),
  about: '`publisher`, `title?`, `claims: [{claim, figure?, unit?}]`',
  codes: { any: '130' },
  defaultCameo: () => '130',
  cameoRoots: ['01', '11', '13'],
  example: { actors: ['USA'], targets: ['RUS'], details: { publisher: 'Defense Intelligence Agency', claims: [{ claim: 'deployed strategic warheads', figure: 1550 }] } },
});
