import { z } from 'zod';
import { name } from './fields';
import { actorsListed, defineKind } from './kind';

export const PERSONNEL_CHANGES = ['resigned', 'dismissed', 'appointed'] as const;

/** Neutral: 010 make statement (0). */
export const personnelChange = defineKind({
  kind: 'personnel_change',
  eventType: 'PersonnelChangeRecorded',
  schemaVersion: 2,
  upcasters: { 1: actorsListed },
  details: z.strictObject({ person: name, role: name, change: z.enum(PERSONNEL_CHANGES) }),
  about: '`person`, `role`, `change` (resigned, dismissed, appointed)',
  codes: { any: '010' },
  defaultCameo: () => '010',
  cameoRoots: ['01', '17'],
  example: { actors: ['UKR'], targets: [], details: { person: 'Mykhailo Drapatyi', role: 'Commander of the Ground Forces', change: 'resigned' } },
});
