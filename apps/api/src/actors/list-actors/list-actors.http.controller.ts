import { Controller, Get, NotFoundException, Param, Query, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ReadModelReaders, readingMoment } from '@parley/read-model-store';
import { getActor, listActors, recentDevelopmentsOf } from '@parley/read-models';
import { ReadYourWritesGuard } from '../../http/read-your-writes.interceptor';
import { ApiProblems } from '../../http/responses';
import { ActorParamsDto, ActorQueryDto, ListActorsQueryDto } from './list-actors.request.dto';
import { ActorDto, ActorListDto } from './list-actors.response.dto';

@ApiTags('actors')
@Controller('api/v1/actors')
@UseGuards(ReadYourWritesGuard)
@ApiProblems(400, 503)
export class ListActorsHttpController {
  constructor(private readonly readers: ReadModelReaders) {}

  /** Every actor Parley knows: the countries, the common organisations, known people and those registered, with their backers. */
  @Get()
  @ApiOkResponse({ type: ActorListDto })
  async list(@Query() { type, ...clocks }: ListActorsQueryDto) {
    return { actors: await listActors(await this.readers.at(clocks), { type, at: readingMoment(clocks) }) };
  }

  /** One actor with the latest developments it took part in. */
  @Get(':code')
  @ApiOkResponse({ type: ActorDto })
  @ApiProblems(404)
  async get(@Param() { code }: ActorParamsDto, @Query() { limit, ...clocks }: ActorQueryDto) {
    const reader = await this.readers.at(clocks);
    const actor = await getActor(reader, code, readingMoment(clocks));
    if (!actor) throw new NotFoundException(`no actor ${code}`);
    return { ...actor, recentDevelopments: await recentDevelopmentsOf(reader, code, limit) };
  }
}
