import { z } from 'zod';
import { defineKind, requireTargets } from './kind';

export const BORDER_MEASURE_STAGES = ['closed', 'reopened'] as const;
export const BORDER_MEASURE_SUBJECTS = ['border', 'airspace', 'trade', 'visas'] as const;

/**
 * Escalating: closing trade is 163 impose embargo (−8), closing a border, airspace or visas 172 impose
 * administrative sanctions (−5). De-escalating: reopening trade 085 ease economic sanctions (+7), the
 * rest 081 ease administrative sanctions (+5).
 */
const CODES = { closed: { trade: '163', other: '172' }, reopened: { trade: '085', other: '081' } } as const;

export const borderMeasure = defineKind({
  kind: 'border_measure',
  eventType: 'BorderMeasureRecorded',
  schemaVersion: 1,
  details: z.strictObject({ stage: z.enum(BORDER_MEASURE_STAGES), what: z.enum(BORDER_MEASURE_SUBJECTS) }),
  about: '`what`: border, airspace, trade or visas; needs `targets`',
  codes: {
    'closed (trade)': CODES.closed.trade,
    'closed (border, airspace, visas)': CODES.closed.other,
    'reopened (trade)': CODES.reopened.trade,
    'reopened (border, airspace, visas)': CODES.reopened.other,
  },
  defaultCameo: ({ stage, what }) => CODES[stage][what === 'trade' ? 'trade' : 'other'],
  cameoRoots: ['08', '16', '17', '19'],
  example: { actors: ['PAK'], targets: ['IND'], details: { stage: 'closed', what: 'airspace' } },
  check: (report) => requireTargets(report, 'whom the measure is against'),
});
