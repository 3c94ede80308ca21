import { Controller, Get, NotFoundException, Param, Query, UseInterceptors } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { PgDocumentReader } from '@parley/read-model-store';
import { getActor, listActors, recentDevelopmentsOf } from '@parley/read-models';
import { ReadYourWritesInterceptor } from '../../http/read-your-writes.interceptor';
import { ActorParamsDto, ActorQueryDto, ListActorsQueryDto } from './list-actors.request.dto';

@ApiTags('actors')
@Controller('api/v1/actors')
@UseInterceptors(ReadYourWritesInterceptor)
export class ListActorsHttpController {
  constructor(private readonly reader: PgDocumentReader) {}

  /** Every actor Parley knows: the countries, the common organisations, known people and those registered. */
  @Get()
  async list(@Query() { type }: ListActorsQueryDto) {
    return { actors: await listActors(this.reader, { type }) };
  }

  /** One actor with the latest developments it took part in. */
  @Get(':code')
  async get(@Param() { code }: ActorParamsDto, @Query() { limit }: ActorQueryDto) {
    const actor = await getActor(this.reader, code);
    if (!actor) throw new NotFoundException(`no actor ${code}`);
    return { ...actor, recentDevelopments: await recentDevelopmentsOf(this.reader, code, limit) };
  }
}
