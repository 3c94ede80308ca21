import { Body, Controller, Param, Post, UseGuards } from '@nestjs/common';
import { ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ApiKeyGuard } from '../../http/api-key.guard';
import { Write, WriteContext, commandFields } from '../../http/write-context';
import { CommandSender } from '../../write/command-sender';
import { TrackParamsDto } from '../track-params.dto';
import { ScheduleTalksCommand } from './schedule-talks.command';
import { ScheduleTalksRequestDto } from './schedule-talks.request.dto';

@ApiTags('negotiations')
@ApiSecurity('api-key')
@Controller('api/v1/negotiations')
export class ScheduleTalksHttpController {
  constructor(private readonly sender: CommandSender) {}

  /** Schedules a round of talks; the first round opens the track. */
  @Post(':trackId/rounds')
  @UseGuards(ApiKeyGuard)
  schedule(@Param() { trackId }: TrackParamsDto, @Body() body: ScheduleTalksRequestDto, @Write() context: WriteContext) {
    return this.sender.send(new ScheduleTalksCommand({ trackId, ...commandFields(body) }, context));
  }
}
