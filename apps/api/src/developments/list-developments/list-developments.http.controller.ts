import { Controller, Get, NotFoundException, Param, Query, UseInterceptors } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { getDevelopment, listDevelopments, listRetractions } from '@parley/read-models';
import { ReadModelReaders } from '@parley/replay';
import { ReadYourWritesInterceptor } from '../../http/read-your-writes.interceptor';
import { DevelopmentParamsDto } from '../amend-development/correct-development.request.dto';
import { ListDevelopmentsQueryDto, ListRetractionsQueryDto } from './list-developments.request.dto';

@ApiTags('developments')
@Controller('api/v1/developments')
@UseInterceptors(ReadYourWritesInterceptor)
export class ListDevelopmentsHttpController {
  constructor(private readonly readers: ReadModelReaders) {}

  /** Standing developments of every kind, latest first; page on with `cursor=nextCursor`. */
  @Get()
  async list(@Query() { minPosition: _, asOf, knownAt, ...filter }: ListDevelopmentsQueryDto) {
    return listDevelopments(await this.readers.at({ asOf, knownAt }), filter);
  }

  /** Withdrawn developments, in the order they were withdrawn. */
  @Get('retractions')
  async retractions(@Query() { since, limit, ...clocks }: ListRetractionsQueryDto) {
    return { retractions: await listRetractions(await this.readers.at(clocks), { since, limit }) };
  }

  /** One development, retracted or not, with its sources and corrections applied. */
  @Get(':id')
  async get(@Param() { id }: DevelopmentParamsDto, @Query() query: ListRetractionsQueryDto) {
    const development = await getDevelopment(await this.readers.at(query), id);
    if (!development) throw new NotFoundException(`no development ${id}`);
    return development;
  }
}
