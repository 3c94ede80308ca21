import { createZodDto } from 'nestjs-zod';
import { actorCode, limitField, readFields } from '../../http/schemas';
import { clockFields, cursorField, filterFieldsOf, querySchema } from '../../http/query-schemas';

/** Statements have no kind but their own and no place: `kind` and `country` are refused (docs/search.md). */
export class ListStatementsQueryDto extends createZodDto(
  querySchema({
    ...filterFieldsOf('q', 'trackId', 'actor', 'via', 'confirmed', 'publisher', 'from', 'to'),
    target: actorCode.optional().describe('addressed to this actor').meta({ example: 'PAK' }),
    cursor: cursorField,
    limit: limitField(500, 100),
    ...readFields,
    ...clockFields,
  }),
) {}
