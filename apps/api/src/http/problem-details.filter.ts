import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger, NotFoundException } from '@nestjs/common';
import { InvalidField, RuleViolation } from '@parley/domain';
import { IdempotencyKeyTaken, StreamVersionConflict } from '@parley/event-store';
import { RebuildInProgress, UnknownProjection } from '@parley/replay';
import { FastifyReply } from 'fastify';
import { TooManyRequestsException } from '../access/rate-limit';
import { isDatabaseUnavailable } from './database-unavailable';
import { PROBLEM_CONTENT_TYPE, Problem, RequestValidationError, problemType } from './problem';

const fromHttpException = (error: HttpException): Problem => {
  const status = error.getStatus();
  const body = error.getResponse();
  // An object body (a health report, say) keeps its fields as extensions of the problem.
  const { message, statusCode: _, error: __, ...extensions } = typeof body === 'string' ? { message: body } : (body as Record<string, unknown>);
  const detail = message ?? error.message;
  return {
    ...extensions,
    type: problemType(String(status)),
    title: HttpStatus[status]?.toLowerCase().replace(/_/g, ' ') ?? 'error',
    status,
    detail: Array.isArray(detail) ? detail.join('; ') : String(detail),
    // Fields are named by validation; any other 400 (malformed JSON, say) is about the body as a whole.
    ...(status === 400 ? { errors: [{ field: '(body)', message: String(detail) }] } : {}),
    ...(error instanceof TooManyRequestsException ? { retryAfter: error.retryAfterSeconds } : {}),
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
    const errors = error.field === undefined ? {} : { errors: [{ field: error.field, message: error.message }] };
    return { type: problemType('rule-violated'), title: 'rule violated', status: 409, detail: error.message, rule: error.rule, ...errors };
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
  if (isDatabaseUnavailable(error)) {
    return { type: problemType('unavailable'), title: 'service unavailable', status: 503, detail: 'the database is unavailable; retry shortly', retryAfter: 1 };
  }
  return null;
}

const INTERNAL: Problem = {
  type: problemType('internal'),
  title: 'internal error',
  status: 500,
  detail: 'an unexpected error occurred; it has been logged',
};

const logger = new Logger('http');

/** Answers an error as application/problem+json; an unexpected one as a bare 500, logged, never echoed. */
export function sendProblem(reply: FastifyReply, error: unknown): void {
  const problem = toProblem(error) ?? INTERNAL;
  if (problem.status >= 500) logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  replyWithProblem(reply, problem);
}

/** Answers with the problem as application/problem+json, and when to retry in Retry-After too. */
export function replyWithProblem(reply: FastifyReply, problem: Problem): void {
  const retryAfter = problem.retryAfter ?? (problem.status === 503 ? 1 : undefined);
  if (retryAfter !== undefined) void reply.header('Retry-After', String(retryAfter));
  void reply.status(problem.status).header('Content-Type', PROBLEM_CONTENT_TYPE).send(problem);
}

/** Every error raised in Nest's pipeline; the router's own (a malformed URL) go to sendProblem directly. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    sendProblem(host.switchToHttp().getResponse<FastifyReply>(), error);
  }
}
