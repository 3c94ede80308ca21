import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ReadModelReaders } from '@parley/read-model-store';
import { listStatements } from '@parley/read-models';
import { CsvExportInterceptor } from '../../export/csv-export.interceptor';
import { ReadYourWritesInterceptor } from '../../http/read-your-writes.interceptor';
import { ApiProblems } from '../../http/responses';
import { ListStatementsQueryDto } from './list-statements.request.dto';
import { StatementListDto } from './list-statements.response.dto';

@ApiTags('statements')
@Controller('api/v1/statements')
@UseInterceptors(CsvExportInterceptor, ReadYourWritesInterceptor)
export class ListStatementsHttpController {
  constructor(private readonly readers: ReadModelReaders) {}

  /** Statements newest first, filtered (docs/search.md); page on with `cursor=nextCursor`. */
  @Get()
  @ApiOkResponse({ type: StatementListDto })
  @ApiProblems(400, 503)
  async list(@Query() { minPosition: _, asOf, knownAt, ...filter }: ListStatementsQueryDto) {
    const { items, nextCursor } = await listStatements(await this.readers.at({ asOf, knownAt }), filter);
    return { statements: items, nextCursor };
  }
}
