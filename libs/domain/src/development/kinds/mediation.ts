import { z } from 'zod';
import { InvalidField } from '../../shared/domain-error';
import { actorCode } from './fields';
import { codedBy, defineKind } from './kind';

export const MEDIATION_STAGES = ['offered', 'accepted', 'rejected'] as const;

/**
 * De-escalating: offered 039 express intent to mediate (+5), accepted 038 express intent to accept
 * mediation (+7). Escalating: rejected 126 reject mediation (−5). The mediator offers (it is the
 * actor); a party accepts or rejects (the mediator is then someone else).
 */
const CODES = { offered: '039', accepted: '038', rejected: '126' } as const;

export const mediation = defineKind({
  kind: 'mediation',
  eventType: 'MediationRecorded',
  schemaVersion: 1,
  details: z.strictObject({ stage: z.enum(MEDIATION_STAGES), mediator: actorCode }),
  about: '`mediator`: the actor when offered, never a party',
  codes: CODES,
  defaultCameo: codedBy('stage', CODES),
  cameoRoots: ['02', '03', '04', '10', '12', '16'],
  example: { actors: ['QAT'], targets: ['COD', 'M23'], details: { stage: 'offered', mediator: 'QAT' } },
  actorsIn: ({ mediator }) => ({ 'details.mediator': mediator }),
  resolved: (details, actingFor) => ({ ...details, mediator: actingFor(details.mediator) }),
  check: ({ actors, targets, details: { stage, mediator } }) => {
    if (targets.includes(mediator)) throw new InvalidField('details.mediator', `must not be a party (${mediator} is a target)`);
    if (stage === 'offered' && !actors.includes(mediator)) {
      throw new InvalidField('details.mediator', `must be the actor that offers (${actors.join(', ')})`);
    }
    if (stage !== 'offered' && actors.includes(mediator)) {
      throw new InvalidField('details.mediator', `must be someone other than the party that ${stage} it`);
    }
  },
});
