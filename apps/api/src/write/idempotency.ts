import { CallHandler, ConflictException, ExecutionContext, NestInterceptor } from '@nestjs/common';
import { EventStore } from '@parley/event-store';
import canonicalize from 'canonicalize';
import { FastifyReply } from 'fastify';
import { createHash } from 'node:crypto';
import { Observable, tap } from 'rxjs';
import { AuthenticatedRequest } from '../access/api-key.guard';

/**
 * Idempotency-Key, all of it but the claim: which request a key belongs to, the first answer given
 * again, a 409 for another body under the same key, and the header that marks a replay. The claim is
 * the event store's: the answer is stored with the events, in their transaction (append's `idempotency`).
 */
export interface IdempotencyClaim {
  /** Keys are per key holder: two clients may pick the same key. */
  readonly scope: string;
  readonly key: string;
  readonly requestHash: string;
}

/**
 * A stable hash of what was asked, so the same Idempotency-Key with another body is caught. The body
 * in its RFC 8785 canonical form: a retry that orders its keys differently asks the same thing.
 */
export const requestHashOf = (method: string, path: string, body: unknown): string =>
  createHash('sha256').update(`${method} ${path}\n${canonicalize(body ?? null)}`).digest('hex');

const requestHash = (request: AuthenticatedRequest): string => requestHashOf(request.method, request.url.split('?')[0], request.body);

/** The request's claim on its Idempotency-Key; none without the header. */
export function idempotencyOf(request: AuthenticatedRequest, key: string | undefined): IdempotencyClaim | undefined {
  return key ? { scope: request.keyHolder?.name ?? 'anonymous', key, requestHash: requestHash(request) } : undefined;
}

/**
 * Marks an answer given again from the idempotency record, not by a new write. The IETF
 * Idempotency-Key draft (draft-ietf-httpapi-idempotency-key-header) leaves that signal to the server;
 * Stripe's API sends `Idempotent-Replayed: true` on such answers, and so does Parley, so that a
 * replaying client can tell "stored now" from "stored before" without comparing bodies.
 */
export const IDEMPOTENT_REPLAYED = 'Idempotent-Replayed';

// A symbol key: JSON leaves it out, so the answer's body is the first answer, byte for byte.
const replayed = Symbol('idempotent-replayed');

/** The answer first given under the claim's key, marked as replayed; null when the key is new; 409 for another request. */
export async function earlierAnswer<A extends object>(store: EventStore, { scope, key, requestHash }: IdempotencyClaim): Promise<A | null> {
  const stored = await store.findAnswer(scope, key);
  if (!stored) return null;
  if (stored.requestHash !== requestHash) {
    throw new ConflictException(`Idempotency-Key ${key} was already used for a different request`);
  }
  return Object.assign({ ...(stored.response as A) }, { [replayed]: true });
}

/** Sets the header on a write's answer when it was taken from the idempotency record. */
export class IdempotentReplayInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      tap((answer) => {
        if (answer && typeof answer === 'object' && replayed in answer) {
          void context.switchToHttp().getResponse<FastifyReply>().header(IDEMPOTENT_REPLAYED, 'true');
        }
      }),
    );
  }
}
