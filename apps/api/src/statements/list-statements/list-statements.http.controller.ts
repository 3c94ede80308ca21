import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { PgDocumentReader } from '@parley/read-model-store';
import { listStatements } from '@parley/read-models';
import { ReadYourWritesInterceptor } from '../../http/read-your-writes.interceptor';
import { ListStatementsQueryDto } from './list-statements.request.dto';

@ApiTags('statements')
@Controller('api/v1/statements')
@UseInterceptors(ReadYourWritesInterceptor)
export class ListStatementsHttpController {
  constructor(private readonly reader: PgDocumentReader) {}

  /** Statements newest first, filtered by speaking actor, target and time made. */
  @Get()
  async list(@Query() { minPosition: _, ...filter }: ListStatementsQueryDto) {
    return { statements: await listStatements(this.reader, filter) };
  }
}
