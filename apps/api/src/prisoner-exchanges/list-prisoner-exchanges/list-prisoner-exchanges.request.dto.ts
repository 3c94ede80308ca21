import { createZodDto } from 'nestjs-zod';
import { limitField, readFields } from '../../http/schemas';
import { clockFields, cursorField, filterFieldsOf, querySchema } from '../../http/query-schemas';

/** An exchange's actors are the sides people were returned to and its mediators; it has no kind but its own and no place. */
export class ListPrisonerExchangesQueryDto extends createZodDto(
  querySchema({
    ...filterFieldsOf('q', 'trackId', 'actor', 'via', 'confirmed', 'publisher', 'from', 'to'),
    cursor: cursorField,
    limit: limitField(500, 100),
    ...readFields,
    ...clockFields,
  }),
) {}
