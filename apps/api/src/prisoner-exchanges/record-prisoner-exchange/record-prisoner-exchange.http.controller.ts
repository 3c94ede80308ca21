import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Requires } from '../../access/roles.decorator';
import { ApiWrite } from '../../http/responses';
import { RequestContext, Write, splitBody } from '../../write/write-service';
import { RecordPrisonerExchangeCommand } from './record-prisoner-exchange.handler';
import { RecordPrisonerExchangeRequestDto } from './record-prisoner-exchange.request.dto';

@ApiTags('prisoner-exchanges')
@Controller('api/v1/prisoner-exchanges')
export class RecordPrisonerExchangeHttpController {
  constructor(private readonly bus: CommandBus) {}

  /** Records an exchange: how many people returned to each side; a report of the same exchange attaches its source, close figures as disputed. */
  @Post()
  @Requires('writer')
  @ApiWrite()
  record(@Body() body: RecordPrisonerExchangeRequestDto, @Write() request: RequestContext) {
    const { fields: { trackId, cameoCode, ...fields }, context } = splitBody(body, request);
    return this.bus.execute(
      new RecordPrisonerExchangeCommand({ ...fields, trackId: trackId ?? null, cameoCode: cameoCode ?? null }, context),
    );
  }
}
