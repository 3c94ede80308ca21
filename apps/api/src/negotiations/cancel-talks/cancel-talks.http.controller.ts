import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Requires } from '../../access/roles.decorator';
import { ApiWrite } from '../../http/responses';
import { RequestContext, Write, splitBody } from '../../http/write-context';
import { CommandSender } from '../../write/command-sender';
import { RoundParamsDto } from '../track-params.dto';
import { CancelTalksCommand } from './cancel-talks.command';
import { CancelTalksRequestDto } from './cancel-talks.request.dto';

@ApiTags('negotiations')
@Controller('api/v1/negotiations')
export class CancelTalksHttpController {
  constructor(private readonly sender: CommandSender) {}

  /** Calls off a round that has not begun. */
  @Post(':trackId/rounds/:round/cancel')
  @Requires('writer')
  @ApiWrite()
  cancel(@Param() round: RoundParamsDto, @Body() body: CancelTalksRequestDto, @Write() request: RequestContext) {
    const { fields, context } = splitBody(body, request);
    return this.sender.send(new CancelTalksCommand({ ...round, ...fields }, context));
  }
}
