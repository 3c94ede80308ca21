import { Controller, Get, Headers, Query, StreamableFile, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { RecordedEvent } from '@parley/domain';
import { EventStore, ReadAllFilter } from '@parley/event-store';
import { Readable } from 'node:stream';
import { toReadAllFilter } from '../event-filter';
import { ReadYourWritesInterceptor } from '../../http/read-your-writes.interceptor';
import { ApiProblems } from '../../http/responses';
import { CsvAsked } from '../../export/csv-format';
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
   * `Accept: application/x-ndjson` one event per line from `after` to the head, streamed as it is read;
   * asked for CSV, the same events as rows (docs/export.md).
   */
  @Get()
  @ApiOkResponse({ type: EventPageDto })
  @ApiProblems(400, 503)
  @ApiProduces('application/json', NDJSON)
  async list(@Query() { after, limit, minPosition: _, ...fields }: ListEventsQueryDto, @Headers('accept') accept = '', @CsvAsked() csv = false) {
    const filter = toReadAllFilter(fields);
    if (csv || accept.includes(NDJSON)) {
      const through = await this.store.headPosition();
      const events = this.events({ ...filter, after, through, limit: STREAM_PAGE }, limit);
      return csv ? Readable.from(this.oneByOne(events)) : new StreamableFile(Readable.from(this.lines(events)), { type: NDJSON });
    }
    const events = await this.store.readAll({ ...filter, after, limit: limit ?? JSON_PAGE });
    return { events, nextAfter: events.at(-1)?.position ?? after };
  }

  /** Page after page as the reader takes them, at most `max`. */
  private async *events(filter: ReadAllFilter, max = Infinity): AsyncGenerator<RecordedEvent[]> {
    let left = max;
    for await (const page of this.store.pages(filter)) {
      const taken = page.slice(0, left);
      yield taken;
      left -= taken.length;
      if (left <= 0) return;
    }
  }

  /** CSV writes a row at a time. */
  private async *oneByOne(pages: AsyncIterable<RecordedEvent[]>): AsyncGenerator<RecordedEvent> {
    for await (const page of pages) yield* page;
  }

  private async *lines(pages: AsyncIterable<RecordedEvent[]>): AsyncGenerator<string> {
    for await (const page of pages) yield page.map((event) => `${JSON.stringify(event)}\n`).join('');
  }
}
