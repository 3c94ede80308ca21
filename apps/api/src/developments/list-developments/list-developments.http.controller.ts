import { Controller, Get, NotFoundException, Param, Query, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ReadModelReaders } from '@parley/read-model-store';
import { getDevelopment, listDevelopments, listRetractions } from '@parley/read-models';
import { CsvExportInterceptor } from '../../export/csv-export.interceptor';
import { ReadYourWritesGuard, ReadYourWritesInterceptor } from '../../http/read-your-writes.interceptor';
import { ApiProblems } from '../../http/responses';
import { DevelopmentParamsDto } from '../amend-development/correct-development.request.dto';
import { DevelopmentDto } from '../development.response.dto';
import { DevelopmentQueryDto, ListDevelopmentsQueryDto, ListRetractionsQueryDto } from './list-developments.request.dto';
import { DevelopmentPageDto, RetractionListDto } from './list-developments.response.dto';

@ApiTags('developments')
@Controller('api/v1/developments')
@ApiProblems(400, 503)
export class ListDevelopmentsHttpController {
  constructor(private readonly readers: ReadModelReaders) {}

  /** Standing developments of every kind, latest first; page on with `cursor=nextCursor`. */
  @Get()
  @UseInterceptors(CsvExportInterceptor, ReadYourWritesInterceptor)
  @ApiOkResponse({ type: DevelopmentPageDto })
  async list(@Query() { minPosition: _, asOf, knownAt, ...filter }: ListDevelopmentsQueryDto) {
    return listDevelopments(await this.readers.at({ asOf, knownAt }), filter);
  }

  /** Withdrawn developments, in the order they were withdrawn. */
  @Get('retractions')
  @UseGuards(ReadYourWritesGuard)
  @ApiOkResponse({ type: RetractionListDto })
  async retractions(@Query() { since, cursor, limit, ...clocks }: ListRetractionsQueryDto) {
    return listRetractions(await this.readers.at(clocks), { since, cursor, limit });
  }

  /** One development, retracted or not, with its sources and corrections applied. */
  @Get(':id')
  @UseGuards(ReadYourWritesGuard)
  @ApiOkResponse({ type: DevelopmentDto })
  @ApiProblems(404)
  async get(@Param() { id }: DevelopmentParamsDto, @Query() query: DevelopmentQueryDto) {
    const development = await getDevelopment(await this.readers.at(query), id);
    if (!development) throw new NotFoundException(`no development ${id}`);
    return development;
  }
}
