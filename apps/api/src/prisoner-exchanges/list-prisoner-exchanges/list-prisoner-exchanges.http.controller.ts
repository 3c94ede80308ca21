import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { PgDocumentReader } from '@parley/read-model-store';
import { listExchanges } from '@parley/read-models';
import { ReadYourWritesInterceptor } from '../../http/read-your-writes.interceptor';
import { ListPrisonerExchangesQueryDto } from './list-prisoner-exchanges.request.dto';

@ApiTags('prisoner-exchanges')
@Controller('api/v1/prisoner-exchanges')
@UseInterceptors(ReadYourWritesInterceptor)
export class ListPrisonerExchangesHttpController {
  constructor(private readonly reader: PgDocumentReader) {}

  /** Exchanges newest first, with totals returned to each side. */
  @Get()
  list(@Query() { trackId }: ListPrisonerExchangesQueryDto) {
    return listExchanges(this.reader, { trackId });
  }
}
