import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Requires } from '../../access/roles.decorator';
import { ApiWrite } from '../../http/responses';
import { RequestContext, Write, splitBody } from '../../write/write-service';
import { ChangeRoundCommand } from '../change-round.handler';
import { RoundParamsDto } from '../track-params.dto';
import { BreakOffTalksRequestDto } from './break-off-talks.request.dto';

@ApiTags('negotiations')
@Controller('api/v1/negotiations')
export class BreakOffTalksHttpController {
  constructor(private readonly bus: CommandBus) {}

  /** Ends a round in session that broke off without concluding: coded 164, halt negotiations. */
  @Post(':trackId/rounds/:round/break-off')
  @Requires('writer')
  @ApiWrite()
  breakOff(@Param() round: RoundParamsDto, @Body() body: BreakOffTalksRequestDto, @Write() request: RequestContext) {
    const { fields, context } = splitBody(body, request);
    return this.bus.execute(new ChangeRoundCommand({ type: 'BreakOffTalks', data: { ...round, ...fields, source: context.metadata.source ?? null }, metadata: { now: context.now } }, context));
  }
}
