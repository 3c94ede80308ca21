import { Body, Controller, Param, Post, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiKeyGuard } from '../../http/api-key.guard';
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
  @UseGuards(ApiKeyGuard)
  @ApiWrite()
  start(@Param() round: RoundParamsDto, @Body() body: StartTalksRequestDto, @Write() request: RequestContext) {
    const { fields, context } = splitBody(body, request);
    return this.sender.send(new StartTalksCommand({ ...round, ...fields }, context));
  }
}
