import {
  ATTRIBUTIONS,
  CONTROL_CHANGES,
  DevelopmentDetails,
  DevelopmentKind,
  INTERCEPTED_PROJECTILES,
  MEETING_FORMATS,
  MEMORANDUM_STAGES,
  PERSONNEL_CHANGES,
  PROPOSAL_SUBJECTS,
  STRIKE_MEANS,
} from '@parley/domain';
import { z } from 'zod';
import { actorCode, cameoCode, reportClaimFields, slug, text, writeFields } from '../../http/schemas';
import { droneAttackOnBombers } from '../../openapi/istanbul-examples';
import { factFields } from '../development-fields';

const common = {
  actor: actorCode,
  targets: factFields.targets.default([]),
  occurredAt: factFields.occurredAt,
  datePrecision: factFields.datePrecision.default('exact'),
  location: factFields.location.optional(),
  summary: factFields.summary.optional(),
  magnitude: factFields.magnitude.default({}),
  cameoCode: cameoCode.optional(),
  trackId: slug.optional(),
  ...reportClaimFields,
  ...writeFields,
};

const kind = <K extends DevelopmentKind>(name: K, details: z.ZodType<DevelopmentDetails[K]>) =>
  z.strictObject({ kind: z.literal(name), ...common, details });

const name = text(200);
const count = z.number().int().min(0).max(1e12);

/** One schema per kind, chosen by `kind`. */
export const developmentRequestSchema = z
  .discriminatedUnion('kind', [
    kind('military_strike', z.strictObject({ means: z.enum(STRIKE_MEANS), objective: name.optional() })),
    kind(
      'air_defence_interception',
      z.strictObject({ projectile: z.enum(INTERCEPTED_PROJECTILES), durationHours: z.number().positive().max(24 * 366).optional() }),
    ),
    kind(
      'territorial_change',
      z.strictObject({ change: z.enum(CONTROL_CHANGES), region: name.optional(), shareOfTerritory: z.number().min(0).max(1).optional() }),
    ),
    kind('sabotage', z.strictObject({ infrastructure: name, attribution: z.enum(ATTRIBUTIONS) })),
    kind('personnel_change', z.strictObject({ person: name, role: name, change: z.enum(PERSONNEL_CHANGES) })),
    kind(
      'arms_supply_decision',
      z.strictObject({ supplier: actorCode, recipient: actorCode, system: name, rangeRestrictionLifted: z.boolean().default(false) }),
    ),
    kind(
      'threat_assessment',
      z.strictObject({
        publisher: name,
        title: name.optional(),
        claims: z
          .array(z.strictObject({ claim: text(1_000), figure: z.number().min(0).optional(), unit: text(50).optional() }))
          .min(1, 'must list at least one claim')
          .max(100),
      }),
    ),
    kind('demands', z.strictObject({ conditions: z.array(text(1_000)).min(1, 'must list at least one condition').max(100) })),
    kind('diplomatic_meeting', z.strictObject({ format: z.enum(MEETING_FORMATS).default('other'), participants: z.array(name).max(50).default([]) })),
    kind('accusation', z.strictObject({ allegation: text(2_000) })),
    kind('proposal', z.strictObject({ subject: z.enum(PROPOSAL_SUBJECTS), proposal: text(2_000) })),
    kind('memorandum', z.strictObject({ stage: z.enum(MEMORANDUM_STAGES), title: name.optional() })),
    kind(
      'reported_event',
      z.strictObject({
        dataset: z.literal('gdelt'),
        globalEventId: z.string().regex(/^\d{1,20}$/, 'must be a GDELT GLOBALEVENTID'),
        numMentions: count,
        numSources: count,
        numArticles: count,
        avgTone: z.number().min(-100).max(100),
      }),
    ),
  ])
  .meta({ example: droneAttackOnBombers });
