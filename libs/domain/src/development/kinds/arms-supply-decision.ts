import { z } from 'zod';
import { InvalidField } from '../../shared/domain-error';
import { actorCode, name } from './fields';
import { actorsListed, defineKind } from './kind';

/** Material cooperation with the recipient: 072 provide military aid (+8.3); a cut is 162 (−5.6). */
export const armsSupplyDecision = defineKind({
  kind: 'arms_supply_decision',
  eventType: 'ArmsSupplyDecisionRecorded',
  schemaVersion: 2,
  upcasters: { 1: actorsListed },
  details: z.strictObject({ supplier: actorCode, recipient: actorCode, system: name, rangeRestrictionLifted: z.boolean().default(false) }),
  about: '`supplier` (the actor), `recipient` (a target), `system`, `rangeRestrictionLifted`',
  codes: { any: '072' },
  defaultCameo: () => '072',
  cameoRoots: ['03', '06', '07', '12', '16'],
  example: { actors: ['DEU'], targets: ['UKR'], details: { supplier: 'DEU', recipient: 'UKR', system: 'long-range fires', rangeRestrictionLifted: true } },
  actorsIn: ({ supplier, recipient }) => ({ 'details.supplier': supplier, 'details.recipient': recipient }),
  resolved: (details, actingFor) => ({ ...details, supplier: actingFor(details.supplier), recipient: actingFor(details.recipient) }),
  check: ({ actor, targets, details }) => {
    if (details.supplier !== actor) throw new InvalidField('details.supplier', `must be the acting actor ${actor}`);
    if (!targets.includes(details.recipient)) {
      throw new InvalidField('details.recipient', `must be one of the targets (${targets.join(', ') || 'none'})`);
    }
  },
});
