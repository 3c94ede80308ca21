import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Requires } from '../../access/roles.decorator';
import { ApiProblems, ApiWrite } from '../../http/responses';
import { RequestContext, Write, splitBody } from '../../write/write-service';
import { ActorParamsDto } from '../list-actors/list-actors.request.dto';
import { ChangeBackingCommand } from './change-backing.handler';
import { ChangeBackingRequestDto } from './change-backing.request.dto';

@ApiTags('actors')
@Controller('api/v1/actors')
export class ChangeBackingHttpController {
  constructor(private readonly bus: CommandBus) {}

  /** Records who backs an actor from a date on, beside what was recorded before: a correction is a later event, nothing is erased. */
  @Post(':code/backing')
  @Requires('writer')
  @ApiWrite()
  @ApiProblems(404)
  change(@Param() { code }: ActorParamsDto, @Body() body: ChangeBackingRequestDto, @Write() request: RequestContext) {
    const { fields, context } = splitBody(body, request);
    return this.bus.execute(new ChangeBackingCommand({ code, ...fields }, context));
  }
}
