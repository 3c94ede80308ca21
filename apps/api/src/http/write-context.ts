import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import { correlationIdOf } from '@parley/config';
import { EventMetadata, Source } from '@parley/domain';
import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import { AuthenticatedRequest } from '../access/api-key.guard';

/** Everything about a write that is not the command itself: who, when, which request, which retry. */
export interface WriteContext {
  readonly now: string;
  readonly expectedVersion?: number;
  readonly metadata: EventMetadata;
  readonly idempotency?: { readonly scope: string; readonly key: string; readonly requestHash: string };
}

const header = (request: AuthenticatedRequest, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * A stable hash of what was asked, so the same Idempotency-Key with another body is caught. The body
 * in its RFC 8785 canonical form: a retry that orders its keys differently asks the same thing.
 */
const requestHash = (request: AuthenticatedRequest): string =>
  createHash('sha256')
    .update(`${request.method} ${request.url.split('?')[0]}\n${canonicalize(request.body ?? null)}`)
    .digest('hex');

/** The part of a write's context that comes from the request itself, before the body is validated. */
export type RequestContext = Omit<WriteContext, 'expectedVersion'>;

export function requestContextOf(request: AuthenticatedRequest): RequestContext {
  const idempotencyKey = header(request, 'idempotency-key');
  const scope = request.keyHolder?.name ?? 'anonymous';
  return {
    now: new Date().toISOString(),
    metadata: {
      correlationId: correlationIdOf(request.headers, request.id),
      causationId: request.id,
      ...(idempotencyKey ? { idempotencyKey } : {}),
      writtenBy: request.keyHolder?.name,
    },
    ...(idempotencyKey ? { idempotency: { scope, key: idempotencyKey, requestHash: requestHash(request) } } : {}),
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
