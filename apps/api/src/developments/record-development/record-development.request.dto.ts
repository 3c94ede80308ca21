import { DEVELOPMENT_KIND_LIST } from '@parley/domain';
import { z } from 'zod';
import { actorCode, actorList, cameoCode, reportClaimFields, slug, writeFields } from '../../http/schemas';
import { droneAttackOnBombers } from '../../openapi/istanbul-examples';
import { factFields } from '../development-fields';

const common = {
  actor: actorCode.optional().describe('the actor, when one acted alone: shorthand for `actors: [actor]`'),
  actors: actorList.min(1, 'must name at least one actor').optional().describe('everyone who acted together, the principal first'),
  targets: factFields.targets.default([]),
  occurredAt: factFields.occurredAt,
  datePrecision: factFields.datePrecision.default('exact'),
  location: factFields.location.optional(),
  summary: factFields.summary.optional(),
  notes: factFields.notes.optional(),
  magnitude: factFields.magnitude.default({}),
  cameoCode: cameoCode.optional(),
  trackId: slug.optional(),
  ...reportClaimFields,
  ...writeFields,
};

const [first, ...rest] = DEVELOPMENT_KIND_LIST.map((definition) =>
  z.strictObject({ kind: z.literal(definition.kind), ...common, details: definition.details }),
);

/** One schema per kind, chosen by `kind`: each kind's own, from its definition in the domain. */
export const developmentRequestSchema = z
  .discriminatedUnion('kind', [first, ...rest])
  .superRefine(({ actor, actors }, context) => {
    if (actor === undefined && actors === undefined) {
      context.addIssue({ code: 'custom', path: ['actor'], message: 'must name the actor, or the actors acting together in actors' });
    } else if (actor !== undefined && actors !== undefined) {
      context.addIssue({ code: 'custom', path: ['actors'], message: 'must not be given with actor: actor is shorthand for actors: [actor]' });
    }
  })
  .meta({ example: droneAttackOnBombers });
