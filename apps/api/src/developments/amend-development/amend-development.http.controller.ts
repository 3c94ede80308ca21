import { Body, Controller, Delete, Param, Patch } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Requires } from '../../access/roles.decorator';
import { ApiWrite } from '../../http/responses';
import { RequestContext, Write, splitBody } from '../../write/write-service';
import { AmendDevelopmentCommand } from './amend-development.handler';
import {
  CorrectDevelopmentRequestDto,
  DetachSourceParamsDto,
  DetachSourceRequestDto,
  DevelopmentParamsDto,
  RetractDevelopmentRequestDto,
} from './correct-development.request.dto';

@ApiTags('developments')
@Controller('api/v1/developments')
@Requires('writer')
export class AmendDevelopmentHttpController {
  constructor(private readonly bus: CommandBus) {}

  /** Records a correction of a development of any kind, as an event: the first version stays in the log. */
  @Patch(':id')
  // On each method: Swagger's default 200 for a PATCH or DELETE would hide a class-level @ApiWrite(200).
  @ApiWrite(200)
  correct(@Param() { id }: DevelopmentParamsDto, @Body() body: CorrectDevelopmentRequestDto, @Write() request: RequestContext) {
    const { fields: { reason, ...changes }, context } = splitBody(body, request);
    const data = { developmentId: id, changes, reason: reason ?? null };
    return this.bus.execute(new AmendDevelopmentCommand({ type: 'CorrectDevelopment', data }, context));
  }

  /** Retracts a development: read models drop it and the retraction feed lists it; the log keeps it. */
  @Delete(':id')
  @ApiWrite(200)
  retract(@Param() { id }: DevelopmentParamsDto, @Body() body: RetractDevelopmentRequestDto, @Write() request: RequestContext) {
    const { fields: { reason }, context } = splitBody(body ?? {}, request);
    return this.bus.execute(new AmendDevelopmentCommand({ type: 'RetractDevelopment', data: { developmentId: id, reason: reason ?? null } }, context));
  }

  /** Takes a source off a development it did not report, as an event: `confirmed` and the tension weight follow, the log keeps it. */
  @Delete(':id/sources/:sourceId')
  @ApiWrite(200)
  detachSource(@Param() { id, sourceId }: DetachSourceParamsDto, @Body() body: DetachSourceRequestDto, @Write() request: RequestContext) {
    const { fields: { reason }, context } = splitBody(body ?? {}, request);
    const data = { developmentId: id, sourceId, reason: reason ?? null };
    return this.bus.execute(new AmendDevelopmentCommand({ type: 'DetachSource', data }, context));
  }
}
