import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger, NotFoundException } from '@nestjs/common';
import { InvalidField, RuleViolation } from '@parley/domain';
import { IdempotencyKeyTaken, StreamVersionConflict } from '@parley/event-store';
import { RebuildInProgress, UnknownProjection } from '@parley/replay';
import { FastifyReply } from 'fastify';
import { PROBLEM_CONTENT_TYPE, Problem, RequestValidationError, problemType } from './problem';

const DATABASE_UNAVAILABLE = /^(08|57P0|53)/; // connection exceptions, admin shutdown, insufficient resources

const fromHttpException = (error: HttpException): Problem => {
  const status = error.getStatus();
  const body = error.getResponse();
  const detail = typeof body === 'string' ? body : ((body as { message?: unknown }).message ?? error.message);
  return {
    type: problemType(String(status)),
    title: HttpStatus[status]?.toLowerCase().replace(/_/g, ' ') ?? 'error',
    status,
    detail: Array.isArray(detail) ? detail.join('; ') : String(detail),
    // Fields are named by validation; any other 400 (malformed JSON, say) is about the body as a whole.
    ...(status === 400 ? { errors: [{ field: '(body)', message: String(detail) }] } : {}),
  };
};

/** Errors the framework raises before Parley's code runs (bad JSON, body too large) carry statusCode. */
const fromFrameworkError = (error: { statusCode: number; message: string; code?: string }): Problem => ({
  type: problemType(error.code ?? String(error.statusCode)),
  title: error.statusCode === 400 ? 'malformed request' : 'request refused',
  status: error.statusCode,
  detail: error.message,
  ...(error.code === 'FST_ERR_CTP_INVALID_JSON' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
    ? { errors: [{ field: '(body)', message: error.message }] }
    : {}),
});

export function toProblem(error: unknown): Problem | null {
  if (error instanceof RequestValidationError) {
    return { type: problemType('invalid-request'), title: 'invalid request', status: 400, detail: error.message, errors: error.errors };
  }
  if (error instanceof InvalidField) {
    return {
      type: problemType('invalid-request'),
      title: 'invalid request',
      status: 400,
      detail: `${error.field} ${error.message}`,
      errors: [{ field: error.field, message: error.message }],
    };
  }
  if (error instanceof RuleViolation) {
    return { type: problemType('rule-violated'), title: 'rule violated', status: 409, detail: error.message, rule: error.rule };
  }
  if (error instanceof StreamVersionConflict) {
    return { type: problemType('version-conflict'), title: 'version conflict', status: 409, detail: error.message };
  }
  if (error instanceof IdempotencyKeyTaken) {
    return { type: problemType('idempotency-conflict'), title: 'idempotency conflict', status: 409, detail: error.message };
  }
  if (error instanceof UnknownProjection) return fromHttpException(new NotFoundException(error.message));
  if (error instanceof RebuildInProgress) {
    return { type: problemType('rebuild-in-progress'), title: 'rebuild in progress', status: 409, detail: error.message };
  }
  if (error instanceof HttpException) return fromHttpException(error);
  const candidate = error as { statusCode?: unknown; message?: string; code?: string };
  if (typeof candidate?.statusCode === 'number' && candidate.statusCode >= 400 && candidate.statusCode < 500) {
    return fromFrameworkError(candidate as { statusCode: number; message: string; code?: string });
  }
  const pgCode = (error as { code?: unknown; driverError?: { code?: unknown } })?.driverError?.code ?? candidate?.code;
  if (typeof pgCode === 'string' && DATABASE_UNAVAILABLE.test(pgCode)) {
    return { type: problemType('unavailable'), title: 'service unavailable', status: 503, detail: 'the database is unavailable; retry shortly', retryAfter: 1 };
  }
  return null;
}

/** Every error leaves as application/problem+json; unexpected ones as a bare 500, logged, never echoed. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(error: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const problem = toProblem(error) ?? {
      type: problemType('internal'),
      title: 'internal error',
      status: 500,
      detail: 'an unexpected error occurred; it has been logged',
    };
    if (problem.status >= 500) this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    if (problem.status === 503) void reply.header('Retry-After', '1');
    void reply.status(problem.status).header('Content-Type', PROBLEM_CONTENT_TYPE).send(problem);
  }
}
