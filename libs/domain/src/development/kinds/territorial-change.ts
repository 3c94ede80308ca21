import { z } from 'zod';
import { name } from './fields';
import { actorsListed, defineKind, requireFigure } from './kind';

export const CONTROL_CHANGES = ['gained', 'lost', 'held', 'withdrew'] as const;
type ControlChange = (typeof CONTROL_CHANGES)[number];

const CODES: Record<ControlChange, string> = { gained: '192', held: '192', lost: '0874', withdrew: '0874' };

/**
 * Gaining or holding ground is escalating: 192 occupy territory (−9.5). Losing it or withdrawing is a
 * retreat, de-escalating: 0874 retreat or surrender militarily (+10), never an occupation.
 */
export const territorialChange = defineKind({
  kind: 'territorial_change',
  eventType: 'TerritorialChangeRecorded',
  schemaVersion: 2,
  upcasters: { 1: actorsListed },
  details: z.strictObject({ change: z.enum(CONTROL_CHANGES), region: name.optional(), shareOfTerritory: z.number().min(0).max(1).optional() }),
  about: '`change` (gained, lost, held, withdrew), `region?`, `shareOfTerritory?`; `held` needs `magnitude.areaKm2`',
  codes: CODES,
  defaultCameo: ({ change }) => CODES[change],
  cameoRoots: ['08', '19'],
  example: { actors: ['RUS'], targets: ['UKR'], details: { change: 'gained', region: 'Sumy' } },
  // Gains are often reported before anyone measures them; what a side holds is its area.
  check: (report) => {
    if (report.details.change === 'held') requireFigure(report, 'areaKm2', 'the area in km² that is held');
  },
});
