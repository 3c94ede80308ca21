import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Requires } from '../../access/roles.decorator';
import { ApiWrite } from '../../http/responses';
import { RequestContext, Write, splitBody } from '../../write/write-service';
import { RegisterActorCommand } from './register-actor.handler';
import { RegisterActorRequestDto } from './register-actor.request.dto';

@ApiTags('actors')
@Controller('api/v1/actors')
export class RegisterActorHttpController {
  constructor(private readonly bus: CommandBus) {}

  /** Registers an actor the registry does not know, so developments may name it. */
  @Post()
  @Requires('writer')
  @ApiWrite()
  register(@Body() body: RegisterActorRequestDto, @Write() request: RequestContext) {
    const { fields: { country, ...fields }, context } = splitBody(body, request);
    return this.bus.execute(new RegisterActorCommand({ ...fields, country: country ?? null }, context));
  }
}
