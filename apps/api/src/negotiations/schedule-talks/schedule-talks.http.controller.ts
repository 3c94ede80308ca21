import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Requires } from '../../access/roles.decorator';
import { ApiWrite } from '../../http/responses';
import { RequestContext, Write, splitBody } from '../../write/write-service';
import { TrackParamsDto } from '../track-params.dto';
import { ScheduleTalksCommand } from './schedule-talks.handler';
import { ScheduleTalksRequestDto } from './schedule-talks.request.dto';

@ApiTags('negotiations')
@Controller('api/v1/negotiations')
export class ScheduleTalksHttpController {
  constructor(private readonly bus: CommandBus) {}

  /**
   * Schedules a round of talks; the first round opens the track. A report that gives no round number
   * is taken as the round scheduled for the same day (its source attached), never as a new round.
   */
  @Post(':trackId/rounds')
  @Requires('writer')
  @ApiWrite()
  schedule(@Param() { trackId }: TrackParamsDto, @Body() body: ScheduleTalksRequestDto, @Write() request: RequestContext) {
    const { fields, context } = splitBody(body, request);
    return this.bus.execute(new ScheduleTalksCommand({ trackId, ...fields }, context));
  }
}
