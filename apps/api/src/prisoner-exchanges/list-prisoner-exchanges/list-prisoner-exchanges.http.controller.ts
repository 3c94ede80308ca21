import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ReadModelReaders } from '@parley/read-model-store';
import { listExchanges } from '@parley/read-models';
import { CsvExportInterceptor } from '../../export/csv-export.interceptor';
import { ReadYourWritesInterceptor } from '../../http/read-your-writes.interceptor';
import { ApiProblems } from '../../http/responses';
import { ListPrisonerExchangesQueryDto } from './list-prisoner-exchanges.request.dto';
import { ExchangeLedgerDto } from './list-prisoner-exchanges.response.dto';

@ApiTags('prisoner-exchanges')
@Controller('api/v1/prisoner-exchanges')
@UseInterceptors(CsvExportInterceptor, ReadYourWritesInterceptor)
export class ListPrisonerExchangesHttpController {
  constructor(private readonly readers: ReadModelReaders) {}

  /** Exchanges newest first, a page at a time, with totals returned to each side over every exchange the filters select. */
  @Get()
  @ApiOkResponse({ type: ExchangeLedgerDto })
  @ApiProblems(400, 503)
  async list(@Query() { minPosition: _, asOf, knownAt, ...filter }: ListPrisonerExchangesQueryDto) {
    return listExchanges(await this.readers.at({ asOf, knownAt }), filter);
  }
}
