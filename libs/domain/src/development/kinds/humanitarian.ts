import { z } from 'zod';
import { text } from './fields';
import { codedBy, defineKind } from './kind';

export const HUMANITARIAN_STAGES = ['corridor_agreed', 'aid_delivered', 'aid_blocked', 'evacuation'] as const;

/**
 * De-escalating: corridor_agreed 0863 allow delivery of humanitarian aid (+9), aid_delivered and
 * evacuation 073 provide humanitarian aid (+7.4). Escalating: aid_blocked 1245 refuse to allow
 * international involvement (−4).
 */
const CODES = { corridor_agreed: '0863', aid_delivered: '073', aid_blocked: '1245', evacuation: '073' } as const;

export const humanitarian = defineKind({
  kind: 'humanitarian',
  eventType: 'HumanitarianRecorded',
  schemaVersion: 1,
  details: z.strictObject({ stage: z.enum(HUMANITARIAN_STAGES), what: text(500).optional() }),
  about: '`what?`: the aid, corridor or evacuation in a few words',
  codes: CODES,
  defaultCameo: codedBy('stage', CODES),
  cameoRoots: ['02', '03', '07', '08', '12', '16', '19'],
  example: { actors: ['ICRC'], targets: [], details: { stage: 'evacuation', what: 'wounded civilians' } },
});
