import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import { EventMetadata, Source } from '@parley/domain';
import { createHash, randomUUID } from 'node:crypto';
import { AuthenticatedRequest } from './api-key.guard';

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

/** A stable hash of what was asked, so the same Idempotency-Key with another body is caught. */
const requestHash = (request: AuthenticatedRequest): string =>
  createHash('sha256')
    .update(`${request.method} ${request.url.split('?')[0]}\n${JSON.stringify(request.body ?? null)}`)
    .digest('hex');

export function writeContextOf(request: AuthenticatedRequest): WriteContext {
  const body = (request.body ?? {}) as { expectedVersion?: number; source?: Source };
  const idempotencyKey = header(request, 'idempotency-key');
  const scope = request.apiKeyName ?? 'anonymous';
  return {
    now: new Date().toISOString(),
    expectedVersion: body.expectedVersion,
    metadata: {
      correlationId: header(request, 'x-correlation-id') ?? String(request.id ?? randomUUID()),
      causationId: String(request.id ?? ''),
      ...(idempotencyKey ? { idempotencyKey } : {}),
      writtenBy: request.apiKeyName,
      ...(body.source ? { source: body.source } : {}),
    },
    ...(idempotencyKey ? { idempotency: { scope, key: idempotencyKey, requestHash: requestHash(request) } } : {}),
  };
}

/** Injects the WriteContext of the current request into a write controller. */
export const Write = createParamDecorator((_: unknown, ctx: ExecutionContext) =>
  writeContextOf(ctx.switchToHttp().getRequest<AuthenticatedRequest>()),
);

/** The command's own fields: a body without expectedVersion and source, which travel in the context. */
export const commandFields = <T extends { expectedVersion?: number; source?: Source }>({
  expectedVersion: _version,
  source: _source,
  ...fields
}: T): Omit<T, 'expectedVersion' | 'source'> => fields;
