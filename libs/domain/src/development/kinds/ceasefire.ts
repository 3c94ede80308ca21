import { z } from 'zod';
import { InvalidField } from '../../shared/domain-error';
import { actorCodes, instant, text } from './fields';
import { codedBy, defineKind, requireNotParty, requireParties } from './kind';

export const CEASEFIRE_STAGES = ['agreed', 'declared', 'violated', 'collapsed'] as const;
export const CEASEFIRE_SCOPES = ['full', 'partial', 'humanitarian_pause', 'energy_infrastructure', 'other'] as const;

/**
 * De-escalating: agreed and declared (unilaterally) 0871 declare truce, ceasefire (+9). Escalating:
 * violated 196 violate ceasefire (−9.5), collapsed 1246 refuse to de-escalate military engagement (−4).
 * Its parties are its actors: a ceasefire agreed between two has no targets, and they form its dyad.
 */
const CODES = { agreed: '0871', declared: '0871', violated: '196', collapsed: '1246' } as const;

export const ceasefire = defineKind({
  kind: 'ceasefire',
  eventType: 'CeasefireRecorded',
  schemaVersion: 1,
  details: z.strictObject({
    stage: z.enum(CEASEFIRE_STAGES),
    scope: z.enum(CEASEFIRE_SCOPES),
    scopeNote: text(500).optional(),
    startsAt: instant,
    endsAt: instant.optional(),
    mediators: actorCodes.optional(),
  }),
  about: '`scope` (full, partial, humanitarian_pause, energy_infrastructure, other), `scopeNote?`, `startsAt`, `endsAt?`, `mediators?`; its parties are its `actors`',
  codes: CODES,
  defaultCameo: codedBy('stage', CODES),
  cameoRoots: ['03', '05', '08', '12', '19'],
  example: { actors: ['IND', 'PAK'], targets: [], details: { stage: 'agreed', scope: 'full', startsAt: '2025-05-10T11:30:00Z' } },
  actorsIn: ({ mediators }) => ({ 'details.mediators': mediators }),
  check: (report) => {
    const { stage, startsAt, endsAt, mediators } = report.details;
    if (stage === 'agreed') requireParties(report, 'an agreed ceasefire is agreed between parties');
    if (endsAt !== undefined && endsAt <= startsAt) throw new InvalidField('details.endsAt', `must be after details.startsAt (${startsAt})`);
    requireNotParty(report, 'details.mediators', mediators);
  },
});
