import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Requires } from '../../access/roles.decorator';
import { ApiWrite } from '../../http/responses';
import { RequestContext, Write, splitBody } from '../../write/write-service';
import { ChangeRoundCommand } from '../change-round.handler';
import { RoundParamsDto } from '../track-params.dto';
import { ConcludeTalksRequestDto } from './conclude-talks.request.dto';

@ApiTags('negotiations')
@Controller('api/v1/negotiations')
export class ConcludeTalksHttpController {
  constructor(private readonly bus: CommandBus) {}

  /** Concludes a round in session with its outcomes. */
  @Post(':trackId/rounds/:round/conclude')
  @Requires('writer')
  @ApiWrite()
  conclude(@Param() round: RoundParamsDto, @Body() body: ConcludeTalksRequestDto, @Write() request: RequestContext) {
    const { fields, context } = splitBody(body, request);
    return this.bus.execute(new ChangeRoundCommand({ type: 'ConcludeTalks', data: { ...round, ...fields, source: context.metadata.source ?? null }, metadata: { now: context.now } }, context));
  }
}
