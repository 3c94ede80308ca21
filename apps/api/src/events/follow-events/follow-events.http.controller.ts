import { Controller, Get, Headers, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ParleyConfig } from '@parley/config';
import { EventStore, LogTail } from '@parley/event-store';
import { ParleyMetrics } from '@parley/metrics';
import { FastifyReply, FastifyRequest } from 'fastify';
import { RequestValidationError } from '../../http/problem';
import { ApiProblems } from '../../http/responses';
import { toReadAllFilter } from '../event-filter';
import { position } from '../list-events/list-events.request.dto';
import { TALKS_STARTED } from '../list-events/list-events.response.dto';
import { sendEventStream } from './event-stream';
import { FollowEventsQueryDto } from './follow-events.request.dto';
import { LiveStreamLimits } from './live-stream-limits';

@ApiTags('events')
@Controller('api/v1/events')
export class FollowEventsHttpController {
  constructor(
    private readonly store: EventStore,
    private readonly tail: LogTail,
    private readonly limits: LiveStreamLimits,
    private readonly config: ParleyConfig,
    private readonly metrics: ParleyMetrics,
  ) {}

  /**
   * New events as Server-Sent Events, filtered, each with its position as id: a client that reconnects
   * with Last-Event-ID resumes right after the last event it received. A client that falls too far behind
   * is dropped with that id; a client holding too many feeds is refused with 429, a full instance with 503.
   */
  @Get('live')
  @ApiOkResponse({
    description: 'one message per event: its position as `id`, its type as `event`, the event as in GET /api/v1/events as `data`',
    content: {
      'text/event-stream': {
        schema: { type: 'string' },
        example: `id: ${TALKS_STARTED.position}\nevent: ${TALKS_STARTED.type}\ndata: ${JSON.stringify(TALKS_STARTED)}\n\n`,
      },
    },
  })
  @ApiProblems(400, 429, 503)
  async follow(
    @Query() { after, ...fields }: FollowEventsQueryDto,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Headers('last-event-id') resumeFrom?: string,
  ): Promise<void> {
    const resumed = resumeFrom === undefined ? undefined : position.safeParse(resumeFrom);
    if (resumed && !resumed.success) {
      throw new RequestValidationError([{ field: 'Last-Event-ID', message: 'must be the position of an event' }]);
    }
    const release = this.limits.open(request);
    try {
      const from = resumed?.data ?? after ?? (await this.store.headPosition());
      sendEventStream(reply, (pace) => this.tail.follow(from, toReadAllFilter(fields), pace), {
        from,
        maxBufferedBytes: this.config.liveStreams.bufferBytes,
        onEnd: (reason) => {
          release();
          this.metrics.liveFeedsEnded.inc({ reason });
        },
      });
    } catch (error) {
      release();
      throw error;
    }
  }
}
