import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Requires } from '../../access/roles.decorator';
import { ApiWrite } from '../../http/responses';
import { RequestContext, Write, splitBody } from '../../http/write-context';
import { CommandSender } from '../../write/command-sender';
import { RoundParamsDto } from '../track-params.dto';
import { PostponeTalksCommand } from './postpone-talks.command';
import { PostponeTalksRequestDto } from './postpone-talks.request.dto';

@ApiTags('negotiations')
@Controller('api/v1/negotiations')
export class PostponeTalksHttpController {
  constructor(private readonly sender: CommandSender) {}

  /** Moves a round that has not begun to a later start (409 otherwise); the start first announced stays on record. */
  @Post(':trackId/rounds/:round/postpone')
  @Requires('writer')
  @ApiWrite()
  postpone(@Param() round: RoundParamsDto, @Body() body: PostponeTalksRequestDto, @Write() request: RequestContext) {
    const { fields, context } = splitBody(body, request);
    return this.sender.send(new PostponeTalksCommand({ ...round, ...fields }, context));
  }
}
