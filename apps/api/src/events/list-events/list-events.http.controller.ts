import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EventStore } from '@parley/event-store';
import { ListEventsQueryDto } from './list-events.request.dto';

@ApiTags('events')
@Controller('api/v1/events')
export class ListEventsHttpController {
  constructor(private readonly store: EventStore) {}

  /** The event log in position order; page on with `after=nextAfter`. */
  @Get()
  async list(@Query() { after, limit }: ListEventsQueryDto) {
    const events = await this.store.readAll({ after, limit });
    return { events, nextAfter: events.at(-1)?.position ?? after };
  }
}
