import { Controller, Get, Headers, Query, StreamableFile, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { EventStore } from '@parley/event-store';
import { Readable } from 'node:stream';
import { toReadAllFilter } from '../event-filter';
import { CsvExportInterceptor } from '../../export/csv-export.interceptor';
import { ReadYourWritesInterceptor } from '../../http/read-your-writes.interceptor';
import { ApiProblems } from '../../http/responses';
import { RequestValidationError } from '../../http/problem';
import { CsvAsked } from '../../export/csv-format';
import { ListEventsQueryDto } from './list-events.request.dto';
import { EventPageDto } from './list-events.response.dto';
import { exportedEvents, ndjsonExport } from './ndjson-export';

export const NDJSON = 'application/x-ndjson';
const JSON_PAGE = 100;

@ApiTags('events')
@Controller('api/v1/events')
@UseInterceptors(CsvExportInterceptor, ReadYourWritesInterceptor)
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
  async list(@Query() { after: afterGiven, cursor, limit, minPosition: _, ...fields }: ListEventsQueryDto, @Headers('accept') accept = '', @CsvAsked() csv = false) {
    if (cursor !== undefined && afterGiven > 0) throw new RequestValidationError([{ field: 'cursor', message: 'must not be given with after: both say where the page starts' }]);
    const after = cursor ?? afterGiven;
    const filter = toReadAllFilter(fields);
    if (csv || accept.includes(NDJSON)) {
      const through = await this.store.headPosition();
      const range = { ...filter, after, through };
      return csv ? Readable.from(exportedEvents(this.store, range, limit)) : new StreamableFile(ndjsonExport(this.store, range, limit), { type: NDJSON });
    }
    const page = limit ?? JSON_PAGE;
    const events = await this.store.readAll({ ...filter, after, limit: page });
    const nextAfter = events.at(-1)?.position ?? after;
    // A full page may have more behind it; a short one reached the head.
    return { events, nextAfter, nextCursor: events.length === page ? String(nextAfter) : null };
  }
}
