import { z } from 'zod';
import { text } from './fields';
import { actorsListed, defineKind } from './kind';

export const PROPOSAL_SUBJECTS = ['meeting', 'ceasefire', 'settlement', 'other'] as const;
type ProposalSubject = (typeof PROPOSAL_SUBJECTS)[number];

const CODES: Record<ProposalSubject, string> = { meeting: '036', ceasefire: '0356', settlement: '037', other: '030' };

/** De-escalating, verbally: 03x express intent to cooperate (+4 … +7). */
export const proposal = defineKind({
  kind: 'proposal',
  eventType: 'ProposalRecorded',
  schemaVersion: 2,
  upcasters: { 1: actorsListed },
  details: z.strictObject({ subject: z.enum(PROPOSAL_SUBJECTS), proposal: text(2_000) }),
  about: '`subject`, `proposal`',
  codes: CODES,
  defaultCameo: ({ subject }) => CODES[subject],
  cameoRoots: ['03'],
  example: { actors: ['PESKOV'], targets: ['UKR', 'USA'], details: { subject: 'meeting', proposal: 'a meeting of Putin and Zelensky after an agreement' } },
});
