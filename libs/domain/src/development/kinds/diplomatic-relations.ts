import { z } from 'zod';
import { codedBy, defineKind, requireTargets } from './kind';

export const DIPLOMATIC_RELATIONS_STAGES = ['severed', 'downgraded', 'restored', 'ambassador_recalled', 'diplomats_expelled'] as const;

/**
 * Escalating: severed, downgraded and ambassador_recalled 161 reduce or break diplomatic relations
 * (−4), diplomats_expelled 174 expel or deport individuals (−5). De-escalating: restored 054 grant
 * diplomatic recognition (+6).
 */
const CODES = { severed: '161', downgraded: '161', restored: '054', ambassador_recalled: '161', diplomats_expelled: '174' } as const;

export const diplomaticRelations = defineKind({
  kind: 'diplomatic_relations',
  eventType: 'DiplomaticRelationsRecorded',
  schemaVersion: 1,
  details: z.strictObject({ stage: z.enum(DIPLOMATIC_RELATIONS_STAGES) }),
  about: 'needs `targets`; how many diplomats in `magnitude.count`',
  codes: CODES,
  defaultCameo: codedBy('stage', CODES),
  cameoRoots: ['05', '16', '17'],
  example: { actors: ['IND'], targets: ['PAK'], details: { stage: 'diplomats_expelled' } },
  check: (report) => requireTargets(report, 'with whom relations change'),
});
