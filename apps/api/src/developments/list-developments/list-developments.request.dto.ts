import { ANY_DEVELOPMENT_KINDS } from '@parley/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { actorCode, clockFields, instant, limitField, periodFields, readFields } from '../../http/schemas';

const since = instant.optional();

export class ListDevelopmentsQueryDto extends createZodDto(
  z.strictObject({
    since: since.describe('only those Parley learned something about (recorded, sourced, corrected) at or after this instant'),
    kind: z.enum(ANY_DEVELOPMENT_KINDS).optional().describe('only developments of this kind'),
    actor: actorCode.optional().describe('acted by this actor, or by this person (PUTIN)'),
    target: actorCode.optional().describe('aimed at this actor'),
    ...periodFields,
    cursor: z.string().max(200).optional().describe('the `nextCursor` of the previous page'),
    limit: limitField(500, 50),
    ...readFields,
    ...clockFields,
  }),
) {}

export class ListRetractionsQueryDto extends createZodDto(
  z.strictObject({
    since: since.describe('only those withdrawn at or after this instant'),
    cursor: z.string().max(200).optional().describe('the `nextCursor` of the previous page'),
    limit: limitField(1_000, 100),
    ...readFields,
    ...clockFields,
  }),
) {}

/** One development: only the clocks apply. */
export class DevelopmentQueryDto extends createZodDto(z.strictObject({ ...readFields, ...clockFields })) {}
