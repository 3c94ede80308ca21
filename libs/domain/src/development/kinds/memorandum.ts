import { z } from 'zod';
import { name } from './fields';
import { actorsListed, codedBy, defineKind } from './kind';

export const MEMORANDUM_STAGES = ['drafted', 'exchanged', 'signed'] as const;

const CODES = { drafted: '036', exchanged: '046', signed: '057' } as const;

/** De-escalating at every stage: 036 intent to negotiate (+4), 046 negotiate (+7), 057 sign (+8). */
export const memorandum = defineKind({
  kind: 'memorandum',
  eventType: 'MemorandumRecorded',
  schemaVersion: 2,
  upcasters: { 1: actorsListed },
  details: z.strictObject({ stage: z.enum(MEMORANDUM_STAGES), title: name.optional() }),
  about: '`stage`, `title?`',
  codes: CODES,
  defaultCameo: codedBy('stage', CODES),
  cameoRoots: ['03', '04', '05'],
  example: { actors: ['LAVROV'], targets: ['UKR'], details: { stage: 'drafted', title: 'Memorandum on a settlement' } },
});
