import { Controller, Headers, MessageEvent, Query, Sse } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EventStore, LogFollower } from '@parley/event-store';
import { Observable, defer, map, switchMap } from 'rxjs';
import { RequestValidationError } from '../../http/problem';
import { toReadAllFilter } from '../event-filter';
import { position } from '../list-events/list-events.request.dto';
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
