import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import { correlationIdOf } from '@parley/config';
import { EventMetadata, Source } from '@parley/domain';
import { AuthenticatedRequest } from '../access/api-key.guard';
import { IdempotencyClaim, idempotencyOf } from '../write/idempotency';

/** Everything about a write that is not the command itself: who, when, which request, which retry. */
export interface WriteContext {
  readonly now: string;
  readonly expectedVersion?: number;
  readonly metadata: EventMetadata;
  readonly idempotency?: IdempotencyClaim;
}

const header = (request: AuthenticatedRequest, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** The part of a write's context that comes from the request itself, before the body is validated. */
export type RequestContext = Omit<WriteContext, 'expectedVersion'>;

export function requestContextOf(request: AuthenticatedRequest): RequestContext {
  const idempotencyKey = header(request, 'idempotency-key');
  const idempotency = idempotencyOf(request, idempotencyKey);
  return {
    now: new Date().toISOString(),
    metadata: {
      correlationId: correlationIdOf(request.headers, request.id),
      causationId: request.id,
      ...(idempotencyKey ? { idempotencyKey } : {}),
      writtenBy: request.keyHolder?.name,
    },
    ...(idempotency ? { idempotency } : {}),
  };
}

/** Injects the RequestContext of the current request into a write controller. */
export const Write = createParamDecorator((_: unknown, ctx: ExecutionContext) =>
  requestContextOf(ctx.switchToHttp().getRequest<AuthenticatedRequest>()),
);

/** Splits a validated body into the command's own fields and the write's context (expectedVersion, source). */
export function splitBody<T extends { expectedVersion?: number; source?: Source }>(
  { expectedVersion, source, ...fields }: T,
  request: RequestContext,
): { fields: Omit<T, 'expectedVersion' | 'source'>; context: WriteContext } {
  const metadata = source ? { ...request.metadata, source } : request.metadata;
  return { fields, context: { ...request, expectedVersion, metadata } };
}
