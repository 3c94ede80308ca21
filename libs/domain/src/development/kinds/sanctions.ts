import { z } from 'zod';
import { text } from './fields';
import { codedBy, defineKind, requireTargets } from './kind';

export const SANCTIONS_STAGES = ['imposed', 'eased', 'lifted'] as const;

/**
 * Escalating: imposed 163 impose embargo, boycott, or sanctions (−8). De-escalating: eased and lifted
 * 085 ease economic sanctions, boycott, embargo (+7). The sanctioning actor may be an organisation (EU).
 */
const CODES = { imposed: '163', eased: '085', lifted: '085' } as const;

export const sanctions = defineKind({
  kind: 'sanctions',
  eventType: 'SanctionsRecorded',
  schemaVersion: 1,
  details: z.strictObject({
    stage: z.enum(SANCTIONS_STAGES),
    measures: z.array(text(500)).min(1, 'must list at least one measure').max(100),
  }),
  about: '`measures: [text]`; needs `targets`',
  codes: CODES,
  defaultCameo: codedBy('stage', CODES),
  cameoRoots: ['08', '12', '16', '17'],
  example: { actors: ['EU'], targets: ['RUS'], details: { stage: 'imposed', measures: ['shadow-fleet vessels listed'] } },
  check: (report) => requireTargets(report, 'who is sanctioned'),
});
