import { z } from 'zod';
import { text } from './fields';
import { actorsListed, defineKind } from './kind';

/** Escalating, verbally: 100 demand (−5). */
export const demands = defineKind({
  kind: 'demands',
  eventType: 'DemandsRecorded',
  schemaVersion: 2,
  upcasters: { 1: actorsListed },
  details: z.strictObject({ conditions: z.array(text(1_000)).min(1, 'must list at least one condition').max(100) }),
  about: '`conditions: [text]`, one per condition',
  codes: { any: '100' },
  defaultCameo: () => '100',
  cameoRoots: ['10'],
  example: { actors: ['PUTIN'], targets: ['UKR', 'NATO'], details: { conditions: ['no NATO accession for Ukraine'] } },
});
