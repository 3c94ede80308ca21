import { createZodDto } from 'nestjs-zod';
import { querySchema } from '../../http/query-schemas';
import { eventFilterFields, position } from '../list-events/list-events.request.dto';

export class FollowEventsQueryDto extends createZodDto(
  querySchema({
    after: position.optional().describe('where to start when no Last-Event-ID is sent; the head (only new events) unless given'),
    ...eventFilterFields,
  }),
) {}
