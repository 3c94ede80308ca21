import { z } from 'zod';
import { actorCodes, name } from './fields';
import { codedBy, defineKind, requireNotParty, requireParties } from './kind';

export const AGREEMENT_STAGES = ['initialled', 'signed', 'ratified', 'implemented', 'suspended', 'withdrawn'] as const;
/** What an agreement provides for, in the spirit of PA-X's agreement categories. */
export const AGREEMENT_PROVISIONS = [
  'ceasefire', 'prisoners', 'territory', 'withdrawal', 'disarmament', 'security', 'monitoring', 'elections',
  'power_sharing', 'humanitarian', 'refugees', 'justice', 'economic', 'resources', 'other',
] as const;

/**
 * De-escalating: initialled 037 express intent to settle dispute (+5), signed and ratified 057 sign
 * formal agreement (+8), implemented 060 engage in material cooperation (+6). Escalating: suspended
 * 160 reduce relations (−4; the Indus Waters Treaty held in abeyance), withdrawn 127 reject plan,
 * agreement to settle dispute (−5). Its parties are its actors.
 */
const CODES = { initialled: '037', signed: '057', ratified: '057', implemented: '060', suspended: '160', withdrawn: '127' } as const;

export const agreement = defineKind({
  kind: 'agreement',
  eventType: 'AgreementRecorded',
  schemaVersion: 1,
  details: z.strictObject({
    stage: z.enum(AGREEMENT_STAGES),
    title: name,
    guarantors: actorCodes.optional(),
    witnesses: actorCodes.optional(),
    provisions: z.array(z.enum(AGREEMENT_PROVISIONS)).max(AGREEMENT_PROVISIONS.length).optional(),
  }),
  about: '`title`, `guarantors?`, `witnesses?`, `provisions?` (ceasefire, prisoners, territory, withdrawal, … PA-X style); its parties are its `actors`; initialled and signed need two parties',
  codes: CODES,
  defaultCameo: codedBy('stage', CODES),
  cameoRoots: ['03', '05', '06', '08', '12', '16'],
  example: {
    actors: ['COD', 'RWA'],
    targets: [],
    details: { stage: 'signed', title: 'Peace Agreement between the DRC and Rwanda', witnesses: ['USA'], provisions: ['withdrawal', 'security'] },
  },
  actorsIn: ({ guarantors, witnesses }) => ({ 'details.guarantors': guarantors, 'details.witnesses': witnesses }),
  check: (report) => {
    const { stage, guarantors, witnesses } = report.details;
    if (stage === 'initialled' || stage === 'signed') requireParties(report, `an agreement is ${stage} by its parties`);
    requireNotParty(report, 'details.guarantors', guarantors);
    requireNotParty(report, 'details.witnesses', witnesses);
  },
});
