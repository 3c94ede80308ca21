import { z } from 'zod';
import { figureTotal } from '../magnitude';
import { InvalidField } from '../../shared/domain-error';
import { name } from './fields';
import { codedBy, defineKind } from './kind';

export const DETENTION_STAGES = ['detained', 'abducted', 'released', 'sentenced'] as const;

/**
 * Escalating: detained and sentenced 173 arrest, detain, or charge with legal action (−5), abducted 181
 * abduct, hijack, or take hostage (−9). De-escalating: released 0841 return, release person(s) (+7).
 */
const CODES = { detained: '173', abducted: '181', released: '0841', sentenced: '173' } as const;

export const detention = defineKind({
  kind: 'detention',
  eventType: 'DetentionRecorded',
  schemaVersion: 1,
  details: z.strictObject({ stage: z.enum(DETENTION_STAGES), persons: z.array(name).min(1).max(1_000).optional() }),
  about: '`persons?` by name, how many in `magnitude.count`: one of the two',
  codes: CODES,
  defaultCameo: codedBy('stage', CODES),
  cameoRoots: ['08', '12', '17', '18'],
  example: { actors: ['PAK'], targets: ['IND'], details: { stage: 'detained', persons: ['Purnam Kumar Shaw'] } },
  check: ({ details: { persons }, magnitude }) => {
    const count = figureTotal(magnitude.count);
    if (persons === undefined && count === undefined) {
      throw new InvalidField('details.persons', 'must name the persons, or give how many in magnitude.count');
    }
    if (persons !== undefined && count !== undefined && count < persons.length) {
      throw new InvalidField('magnitude.count', `must be at least the ${persons.length} persons named`);
    }
  },
});
