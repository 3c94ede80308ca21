import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Requires } from '../../access/roles.decorator';
import { ApiWrite } from '../../http/responses';
import { RequestContext, Write, splitBody } from '../../write/write-service';
import { ChangeRoundCommand } from '../change-round.handler';
import { RoundParamsDto } from '../track-params.dto';
import { CancelTalksRequestDto } from './cancel-talks.request.dto';

@ApiTags('negotiations')
@Controller('api/v1/negotiations')
export class CancelTalksHttpController {
  constructor(private readonly bus: CommandBus) {}

  /** Calls off a round that has not begun. */
  @Post(':trackId/rounds/:round/cancel')
  @Requires('writer')
  @ApiWrite()
  cancel(@Param() round: RoundParamsDto, @Body() body: CancelTalksRequestDto, @Write() request: RequestContext) {
    const { fields, context } = splitBody(body, request);
    return this.bus.execute(new ChangeRoundCommand({ type: 'CancelTalks', data: { ...round, ...fields }, metadata: { now: context.now } }, context));
  }
}
