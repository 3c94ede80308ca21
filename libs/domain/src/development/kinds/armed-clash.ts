import { z } from 'zod';
import { name } from './fields';
import { codedBy, defineKind, requireParties } from './kind';

export const ARMED_CLASH_STAGES = ['clash', 'small_arms', 'shelling'] as const;

/**
 * Ground fighting across a line, escalating at every stage: clash 190 use conventional military force
 * (−10), small_arms 193 fight with small arms and light weapons (−10), shelling 194 fight with
 * artillery and tanks (−10). Both sides may be its actors when neither is said to have started it.
 */
const CODES = { clash: '190', small_arms: '193', shelling: '194' } as const;

export const armedClash = defineKind({
  kind: 'armed_clash',
  eventType: 'ArmedClashRecorded',
  schemaVersion: 1,
  details: z.strictObject({ stage: z.enum(ARMED_CLASH_STAGES), line: name.optional() }),
  about: '`line?` (the Line of Control); ground fighting across a line, between two parties',
  codes: CODES,
  defaultCameo: codedBy('stage', CODES),
  cameoRoots: ['19'],
  example: { actors: ['IND', 'PAK'], targets: [], details: { stage: 'shelling', line: 'Line of Control' } },
  check: (report) => requireParties(report, 'a clash is between two sides'),
});
