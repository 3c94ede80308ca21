import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Requires } from '../../access/roles.decorator';
import { ApiWrite } from '../../http/responses';
import { RequestContext, Write, splitBody } from '../../write/write-service';
import { ChangeRoundCommand } from '../change-round.handler';
import { RoundParamsDto } from '../track-params.dto';
import { PostponeTalksRequestDto } from './postpone-talks.request.dto';

@ApiTags('negotiations')
@Controller('api/v1/negotiations')
export class PostponeTalksHttpController {
  constructor(private readonly bus: CommandBus) {}

  /** Moves a round that has not begun to a later start (409 otherwise); the start first announced stays on record. */
  @Post(':trackId/rounds/:round/postpone')
  @Requires('writer')
  @ApiWrite()
  postpone(@Param() round: RoundParamsDto, @Body() body: PostponeTalksRequestDto, @Write() request: RequestContext) {
    const { fields, context } = splitBody(body, request);
    return this.bus.execute(new ChangeRoundCommand({ type: 'PostponeTalks', data: { ...round, ...fields }, metadata: { now: context.now } }, context));
  }
}
