import { z } from 'zod';
import { codedBy, defineKind, requireTargets } from './kind';
import { ATTRIBUTIONS } from './sabotage';

export const ATTACK_STAGES = ['terrorist', 'insurgent'] as const;

/**
 * Escalating: 180 use unconventional violence (−9) for both; a bombing may be coded 183 conduct
 * suicide, car, or other non-military bombing (−10) or one of its 183x codes through `cameoCode`.
 */
const CODES = { terrorist: '180', insurgent: '180' } as const;

export const attack = defineKind({
  kind: 'attack',
  eventType: 'AttackRecorded',
  schemaVersion: 1,
  details: z.strictObject({ stage: z.enum(ATTACK_STAGES), attribution: z.enum(ATTRIBUTIONS).optional() }),
  about: '`attribution?` (claimed, alleged, confirmed); a bombing may give `cameoCode` 183',
  codes: CODES,
  defaultCameo: codedBy('stage', CODES),
  cameoRoots: ['18', '20'],
  example: { actors: ['UNKNOWN'], targets: ['IND'], details: { stage: 'terrorist', attribution: 'alleged' }, magnitude: { casualties: 26 } },
  check: (report) => requireTargets(report, 'who was attacked'),
});
