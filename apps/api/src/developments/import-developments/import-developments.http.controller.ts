import { ArgumentsHost, Body, Catch, Controller, ExceptionFilter, HttpCode, Post, Query, UseFilters } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiConsumes, ApiHeader, ApiResponse, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { Requires } from '../../access/roles.decorator';
import { replyWithProblem } from '../../http/problem-details.filter';
import { problemType } from '../../http/problem';
import { HEADER_RULES } from '../../http/request-guards';
import { ApiProblems } from '../../http/responses';
import { RequestContext, Write } from '../../write/write-service';
import { ImportAnswerDto, ImportDevelopmentsQueryDto, NDJSON_BODY_DESCRIPTION, ndjsonExample } from './import-developments.dto';
import { BatchRefused, ImportAnswer, ImportDevelopmentsCommand } from './import-developments.handler';
import { NDJSON, ndjsonLines } from './ndjson-body';

/**
 * An atomic batch refused: one problem for the request, its status the least of its lines' (a 400 before
 * a 404 before a 409), naming each refused line's fields with the line, and each line's own problem.
 */
@Catch(BatchRefused)
class BatchRefusedFilter implements ExceptionFilter {
  catch({ refused, message }: BatchRefused, host: ArgumentsHost): void {
    const status = Math.min(...refused.map((r) => r.problem.status));
    const errors = refused.flatMap(({ line, problem }) =>
      (problem.errors ?? [{ field: '(body)', message: problem.detail ?? problem.title }]).map((e) => ({ line, ...e, ...(problem.rule ? { rule: problem.rule } : {}) })),
    );
    const lines = refused.map(({ line, problem }) => ({ line, problem }));
    replyWithProblem(host.switchToHttp().getResponse<FastifyReply>(), { type: problemType('batch-refused'), title: 'batch refused', status, detail: message, errors, lines });
  }
}

@ApiTags('developments')
@Controller('api/v1/developments')
export class ImportDevelopmentsHttpController {
  constructor(private readonly bus: CommandBus) {}

  /**
   * Records many developments from one NDJSON body, each as POST /api/v1/developments would, and answers
   * each line: recorded, corroborated, or refused and why. Everything accepted is stored in one transaction.
   */
  @Post('batch')
  @Requires('writer')
  @HttpCode(201)
  @UseFilters(new BatchRefusedFilter())
  @ApiConsumes(NDJSON)
  @ApiBody({ description: NDJSON_BODY_DESCRIPTION, schema: { type: 'string', example: ndjsonExample } })
  @ApiResponse({ status: 201, description: 'the batch was taken: `lines` says what became of each development', type: ImportAnswerDto })
  @ApiHeader({
    name: HEADER_RULES['idempotency-key'].name,
    required: false,
    description: 'line n without an idempotencyKey of its own claims `<key>#n`: a repeat answers each line stored before with its first answer (replayed: true) and stores nothing for it',
    schema: { type: 'string', minLength: 1, maxLength: 255, pattern: HEADER_RULES['idempotency-key'].pattern.source },
  })
  @ApiProblems(400, 401, 403, 404, 409, 413, 415, 429, 503)
  record(@Body() body: unknown, @Query() { atomic }: ImportDevelopmentsQueryDto, @Write() request: RequestContext): Promise<ImportAnswer> {
    return this.bus.execute(new ImportDevelopmentsCommand(ndjsonLines(body), request, atomic ?? false));
  }
}
