import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Requires } from '../../access/roles.decorator';
import { ApiWrite } from '../../http/responses';
import { RequestContext, Write, splitBody } from '../../http/write-context';
import { CommandSender } from '../../write/command-sender';
import { RoundParamsDto } from '../track-params.dto';
import { ConcludeTalksCommand } from './conclude-talks.command';
import { ConcludeTalksRequestDto } from './conclude-talks.request.dto';

@ApiTags('negotiations')
@Controller('api/v1/negotiations')
export class ConcludeTalksHttpController {
  constructor(private readonly sender: CommandSender) {}

  /** Concludes a round in session with its outcomes. */
  @Post(':trackId/rounds/:round/conclude')
  @Requires('writer')
  @ApiWrite()
  conclude(@Param() round: RoundParamsDto, @Body() body: ConcludeTalksRequestDto, @Write() request: RequestContext) {
    const { fields, context } = splitBody(body, request);
    return this.sender.send(new ConcludeTalksCommand({ ...round, ...fields }, context));
  }
}
