import { createZodDto } from 'nestjs-zod';
import { actorCode, limitField, readFields } from '../../http/schemas';
import { clockFields, cursorField, listFilterFields, queryInstant, querySchema } from '../../http/query-schemas';

const since = queryInstant.optional();

export class ListDevelopmentsQueryDto extends createZodDto(
  querySchema({
    since: since.describe('only those Parley learned something about (recorded, sourced, corrected) at or after this moment'),
    ...listFilterFields,
    target: actorCode.optional().describe('aimed at this actor').meta({ example: 'IND' }),
    cursor: cursorField,
    limit: limitField(500, 50),
    ...readFields,
    ...clockFields,
  }),
) {}

export class ListRetractionsQueryDto extends createZodDto(
  querySchema({
    since: since.describe('only those withdrawn at or after this moment'),
    cursor: cursorField,
    limit: limitField(1_000, 100),
    ...readFields,
    ...clockFields,
  }),
) {}

/** One development: only the clocks apply. */
export class DevelopmentQueryDto extends createZodDto(querySchema({ ...readFields, ...clockFields })) {}
