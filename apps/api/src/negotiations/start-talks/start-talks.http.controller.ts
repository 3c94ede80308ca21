import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Requires } from '../../access/roles.decorator';
import { ApiWrite } from '../../http/responses';
import { RequestContext, Write, splitBody } from '../../write/write-service';
import { ChangeRoundCommand } from '../change-round.handler';
import { RoundParamsDto } from '../track-params.dto';
import { StartTalksRequestDto } from './start-talks.request.dto';

@ApiTags('negotiations')
@Controller('api/v1/negotiations')
export class StartTalksHttpController {
  constructor(private readonly bus: CommandBus) {}

  /** Starts a scheduled round. */
  @Post(':trackId/rounds/:round/start')
  @Requires('writer')
  @ApiWrite()
  start(@Param() round: RoundParamsDto, @Body() body: StartTalksRequestDto, @Write() request: RequestContext) {
    const { fields, context } = splitBody(body, request);
    return this.bus.execute(new ChangeRoundCommand({ type: 'StartTalks', data: { ...round, ...fields, source: context.metadata.source ?? null }, metadata: { now: context.now } }, context));
  }
}
