import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Requires } from '../../access/roles.decorator';
import { ApiWrite } from '../../http/responses';
import { RequestContext, Write, splitBody } from '../../http/write-context';
import { CommandSender } from '../../write/command-sender';
import { RoundParamsDto } from '../track-params.dto';
import { StartTalksCommand } from './start-talks.command';
import { StartTalksRequestDto } from './start-talks.request.dto';

@ApiTags('negotiations')
@Controller('api/v1/negotiations')
export class StartTalksHttpController {
  constructor(private readonly sender: CommandSender) {}

  /** Starts a scheduled round. */
  @Post(':trackId/rounds/:round/start')
  @Requires('writer')
  @ApiWrite()
  start(@Param() round: RoundParamsDto, @Body() body: StartTalksRequestDto, @Write() request: RequestContext) {
    const { fields, context } = splitBody(body, request);
    return this.sender.send(new StartTalksCommand({ ...round, ...fields }, context));
  }
}
