import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Requires } from '../../access/roles.decorator';
import { ApiWrite } from '../../http/responses';
import { RequestContext, Write, splitBody } from '../../write/write-service';
import { RecordStatementCommand } from './record-statement.handler';
import { RecordStatementRequestDto } from './record-statement.request.dto';

@ApiTags('statements')
@Controller('api/v1/statements')
export class RecordStatementHttpController {
  constructor(private readonly bus: CommandBus) {}

  /** Records what a leader or official said, to whom, in what stance; the same words within the hour, reported again, attach their source. */
  @Post()
  @Requires('writer')
  @ApiWrite()
  record(@Body() body: RecordStatementRequestDto, @Write() request: RequestContext) {
    const { fields: { role, channel, trackId, cameoCode, ...fields }, context } = splitBody(body, request);
    return this.bus.execute(
      new RecordStatementCommand(
        { ...fields, role: role ?? null, channel: channel ?? null, trackId: trackId ?? null, cameoCode: cameoCode ?? null },
        context,
      ),
    );
  }
}
