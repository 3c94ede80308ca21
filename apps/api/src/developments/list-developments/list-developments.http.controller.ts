import { Controller, Get, NotFoundException, Param, Query, UseInterceptors } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { PgDocumentReader } from '@parley/read-model-store';
import { getDevelopment, listDevelopments, listRetractions } from '@parley/read-models';
import { ReadYourWritesInterceptor } from '../../http/read-your-writes.interceptor';
import { DevelopmentParamsDto } from '../amend-development/correct-development.request.dto';
import { ListDevelopmentsQueryDto, ListRetractionsQueryDto } from './list-developments.request.dto';

@ApiTags('developments')
@Controller('api/v1/developments')
@UseInterceptors(ReadYourWritesInterceptor)
export class ListDevelopmentsHttpController {
  constructor(private readonly reader: PgDocumentReader) {}

  /** Standing developments of every kind, latest first; page on with `cursor=nextCursor`. */
  @Get()
  list(@Query() { minPosition: _, ...filter }: ListDevelopmentsQueryDto) {
    return listDevelopments(this.reader, filter);
  }

  /** Withdrawn developments, in the order they were withdrawn. */
  @Get('retractions')
  async retractions(@Query() { since, limit }: ListRetractionsQueryDto) {
    return { retractions: await listRetractions(this.reader, { since, limit }) };
  }

  /** One development, retracted or not, with its sources and corrections applied. */
  @Get(':id')
  async get(@Param() { id }: DevelopmentParamsDto, @Query() _query: ListRetractionsQueryDto) {
    const development = await getDevelopment(this.reader, id);
    if (!development) throw new NotFoundException(`no development ${id}`);
    return development;
  }
}
