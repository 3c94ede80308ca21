import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Requires } from '../../access/roles.decorator';
import { ApiProblems, ApiWrite } from '../../http/responses';
import { RequestContext, Write, splitBody } from '../../write/write-service';
import { ParleyValidationPipe } from '../../http/zod-validation';
import { DevelopmentRequest, RecordDevelopmentCommand } from './record-development.handler';
import { developmentRequestSchema } from './record-development.request.dto';

@ApiTags('developments')
@Controller('api/v1/developments')
export class RecordDevelopmentHttpController {
  constructor(private readonly bus: CommandBus) {}

  /** Records a development of any kind; a report that agrees with one already recorded on all that identifies it attaches its source. */
  // A union of kinds cannot be a DTO class: the body names its schema to the pipe and to Swagger itself.
  @Post()
  @Requires('writer')
  @ApiWrite()
  @ApiProblems(404)
  @ApiBody({ schema: z.toJSONSchema(developmentRequestSchema, { io: 'input', unrepresentable: 'any' }) as object })
  record(
    @Body(new ParleyValidationPipe(developmentRequestSchema)) body: z.output<typeof developmentRequestSchema>,
    @Write() request: RequestContext,
  ) {
    return this.bus.execute(recordDevelopmentCommand(body, request));
  }
}

/** A validated body as the use case's command: also each line of a batch import (import-developments). */
export function recordDevelopmentCommand(body: z.output<typeof developmentRequestSchema>, request: RequestContext): RecordDevelopmentCommand {
  const { fields: { actor, actors, location, summary, notes, cameoCode, trackId, ...fields }, context } = splitBody(body, request);
  // Object.assign, not a spread followed by new fields: V8 gives such an object maps of its own, about
  // 20 µs a development (bench/README.md points 25 and 29). The same fields in the same order.
  const data = Object.assign({}, fields, {
    actor,
    actors: actors ?? [actor as string],
    location: location ?? null,
    summary: summary ?? null,
    notes: notes ?? null,
    cameoCode: cameoCode ?? null,
    trackId: trackId ?? null,
  });
  return new RecordDevelopmentCommand(data as DevelopmentRequest, context);
}
