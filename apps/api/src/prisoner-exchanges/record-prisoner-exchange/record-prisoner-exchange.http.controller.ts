import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Requires } from '../../access/roles.decorator';
import { ApiWrite } from '../../http/responses';
import { RequestContext, Write, splitBody } from '../../http/write-context';
import { CommandSender } from '../../write/command-sender';
import { RecordPrisonerExchangeCommand } from './record-prisoner-exchange.command';
import { RecordPrisonerExchangeRequestDto } from './record-prisoner-exchange.request.dto';

@ApiTags('prisoner-exchanges')
@Controller('api/v1/prisoner-exchanges')
export class RecordPrisonerExchangeHttpController {
  constructor(private readonly sender: CommandSender) {}

  /** Records an exchange: how many people returned to each side; a report of the same exchange attaches its source, close figures as disputed. */
  @Post()
  @Requires('writer')
  @ApiWrite()
  record(@Body() body: RecordPrisonerExchangeRequestDto, @Write() request: RequestContext) {
    const { fields: { trackId, cameoCode, ...fields }, context } = splitBody(body, request);
    return this.sender.send(
      new RecordPrisonerExchangeCommand({ ...fields, trackId: trackId ?? null, cameoCode: cameoCode ?? null }, context),
    );
  }
}
