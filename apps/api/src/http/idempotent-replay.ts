import { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import { FastifyReply } from 'fastify';
import { Observable, tap } from 'rxjs';
import { WriteAnswer } from './write-answer';

/**
 * Marks an answer given again from the idempotency record, not by a new write. The IETF
 * Idempotency-Key draft (draft-ietf-httpapi-idempotency-key-header) leaves that signal to the server;
 * Stripe's API sends `Idempotent-Replayed: true` on such answers, and so does Parley, so that a
 * replaying client can tell "stored now" from "stored before" without comparing bodies.
 */
export const IDEMPOTENT_REPLAYED = 'Idempotent-Replayed';

// A symbol key: JSON leaves it out, so the answer's body is the first answer, byte for byte.
const replayed = Symbol('idempotent-replayed');

export const asReplayed = (answer: WriteAnswer): WriteAnswer => Object.assign({ ...answer }, { [replayed]: true });

/** Sets the header on a write's answer when the CommandSender took it from the idempotency record. */
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
