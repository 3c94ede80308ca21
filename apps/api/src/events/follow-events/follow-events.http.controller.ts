import { Controller, Headers, MessageEvent, Query, Sse } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { EventStore, LogFollower } from '@parley/event-store';
import { Observable, defer, map, switchMap } from 'rxjs';
import { RequestValidationError } from '../../http/problem';
import { ApiProblems } from '../../http/responses';
import { toReadAllFilter } from '../event-filter';
import { position } from '../list-events/list-events.request.dto';
import { TALKS_STARTED } from '../list-events/list-events.response.dto';
import { FollowEventsQueryDto } from './follow-events.request.dto';

@ApiTags('events')
@Controller('api/v1/events')
export class FollowEventsHttpController {
  constructor(
    private readonly store: EventStore,
    private readonly follower: LogFollower,
  ) {}

  /**
   * New events as Server-Sent Events, filtered, each with its position as id: a client that reconnects
   * with Last-Event-ID resumes right after the last event it received.
   */
  @Sse('live')
  @ApiOkResponse({
    description: 'one message per event: its position as `id`, its type as `event`, the event as in GET /api/v1/events as `data`',
    content: {
      'text/event-stream': {
        schema: { type: 'string' },
        example: `id: ${TALKS_STARTED.position}\nevent: ${TALKS_STARTED.type}\ndata: ${JSON.stringify(TALKS_STARTED)}\n\n`,
      },
    },
  })
  @ApiProblems(400)
  follow(@Query() { after, ...fields }: FollowEventsQueryDto, @Headers('last-event-id') resumeFrom?: string): Observable<MessageEvent> {
    const resumed = resumeFrom === undefined ? undefined : position.safeParse(resumeFrom);
    if (resumed && !resumed.success) {
      throw new RequestValidationError([{ field: 'Last-Event-ID', message: 'must be the position of an event' }]);
    }
    const start = resumed?.data ?? after;
    return defer(async () => start ?? (await this.store.headPosition())).pipe(
      switchMap((from) => this.follower.follow(from, toReadAllFilter(fields))),
      map((event) => ({ id: String(event.position), type: event.type, data: event })),
    );
  }
}
