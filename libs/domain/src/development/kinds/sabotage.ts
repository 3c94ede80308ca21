import { z } from 'zod';
import { UNKNOWN_ACTOR } from '../../actor/built-in-actors';
import { InvalidField } from '../../shared/domain-error';
import { name } from './fields';
import { actorsListed, defineKind } from './kind';

export const ATTRIBUTIONS = ['claimed', 'alleged', 'confirmed'] as const;

/** Escalating: 1712 destroy property (−9.2). */
export const sabotage = defineKind({
  kind: 'sabotage',
  eventType: 'SabotageRecorded',
  schemaVersion: 2,
  upcasters: { 1: actorsListed },
  details: z.strictObject({ infrastructure: name, attribution: z.enum(ATTRIBUTIONS) }),
  about: '`infrastructure`, `attribution` (claimed, alleged, confirmed; only alleged for actor `UNKNOWN`)',
  codes: { any: '1712' },
  defaultCameo: () => '1712',
  cameoRoots: ['17', '18', '19'],
  example: { actors: ['UNKNOWN'], targets: ['RUS'], details: { infrastructure: 'two bridges', attribution: 'alleged' } },
  check: ({ actor, details }) => {
    // Nobody can have claimed, or been confirmed for, an act whose perpetrator is unidentified.
    if (actor === UNKNOWN_ACTOR && details.attribution !== 'alleged') {
      throw new InvalidField('details.attribution', `cannot be ${details.attribution} while the actor is ${UNKNOWN_ACTOR}`);
    }
  },
});
