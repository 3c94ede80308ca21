import { Controller, Get, Headers, Query, StreamableFile, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { EventStore, ReadAllFilter } from '@parley/event-store';
import { Readable } from 'node:stream';
import { toReadAllFilter } from '../event-filter';
import { ReadYourWritesInterceptor } from '../../http/read-your-writes.interceptor';
import { ApiProblems } from '../../http/responses';
import { ListEventsQueryDto } from './list-events.request.dto';
import { EventPageDto } from './list-events.response.dto';

export const NDJSON = 'application/x-ndjson';
const JSON_PAGE = 100;
const STREAM_PAGE = 1_000;

@ApiTags('events')
@Controller('api/v1/events')
@UseInterceptors(ReadYourWritesInterceptor)
export class ListEventsHttpController {
  constructor(private readonly store: EventStore) {}

  /**
   * The event log in position order, filtered: a JSON page (page on with `after=nextAfter`), or with
   * `Accept: application/x-ndjson` one event per line from `after` to the head, streamed as it is read.
   */
  @Get()
  @ApiOkResponse({ type: EventPageDto })
  @ApiProblems(400, 503)
  @ApiProduces('application/json', NDJSON)
  async list(@Query() { after, limit, minPosition: _, ...fields }: ListEventsQueryDto, @Headers('accept') accept = '') {
    const filter = toReadAllFilter(fields);
    if (accept.includes(NDJSON)) {
      const through = await this.store.headPosition();
      return new StreamableFile(Readable.from(this.lines({ ...filter, after, through, limit: STREAM_PAGE }, limit)), { type: NDJSON });
    }
    const events = await this.store.readAll({ ...filter, after, limit: limit ?? JSON_PAGE });
    return { events, nextAfter: events.at(-1)?.position ?? after };
  }

  private async *lines(filter: ReadAllFilter, max = Infinity): AsyncGenerator<string> {
    let left = max;
    for await (const page of this.store.pages(filter)) {
      const taken = page.slice(0, left);
      yield taken.map((event) => `${JSON.stringify(event)}\n`).join('');
      left -= taken.length;
      if (left <= 0) return;
    }
  }
}
