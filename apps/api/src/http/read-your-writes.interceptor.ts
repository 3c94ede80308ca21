import { CallHandler, CanActivate, ExecutionContext, Injectable, NestInterceptor, ServiceUnavailableException } from '@nestjs/common';
import { EventStore } from '@parley/event-store';
import { HighWaterMark } from '@parley/read-model-store';
import { FastifyRequest } from 'fastify';
import { Observable, from, switchMap } from 'rxjs';
import { RequestValidationError } from './problem';
import { logPosition } from './schemas';

export const READ_YOUR_WRITES_TIMEOUT_MS = 5_000;

/** The wait: done when the request names no position or the read models have applied it; throws otherwise. */
async function readYourWrites(context: ExecutionContext, highWaterMark: HighWaterMark, store: EventStore): Promise<void> {
  const raw = (context.switchToHttp().getRequest<FastifyRequest>().query as Record<string, unknown>)?.minPosition;
  if (raw === undefined) return;
  // Parsed here by the query's own rule: a value the wait read otherwise than the query would skip the wait.
  const parsed = logPosition.safeParse(raw);
  if (!parsed.success) throw new RequestValidationError([{ field: 'minPosition', message: parsed.error.issues[0].message }]);
  const position = parsed.data;
  // A position past the log's head was never answered to any write: refuse it rather than hold a connection.
  const head = await store.headPosition();
  if (position > head) {
    throw new RequestValidationError([{ field: 'minPosition', message: `must not be beyond the log's head, position ${head}` }]);
  }
  if (!(await highWaterMark.waitFor(position, READ_YOUR_WRITES_TIMEOUT_MS))) {
    throw new ServiceUnavailableException(`the read models have not yet applied position ${position}; retry shortly`);
  }
}

/**
 * `?minPosition=N` on any query: answer only once the read side's high-water mark has reached N
 * (the `position` a write answered with), waiting up to 5 s; 503 with Retry-After otherwise. On a list,
 * after the CSV interceptor has read the format asked for.
 */
@Injectable()
export class ReadYourWritesInterceptor implements NestInterceptor {
  constructor(
    private readonly highWaterMark: HighWaterMark,
    private readonly store: EventStore,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const raw = (context.switchToHttp().getRequest<FastifyRequest>().query as Record<string, unknown>)?.minPosition;
    if (raw === undefined) return next.handle();
    return from(readYourWrites(context, this.highWaterMark, this.store)).pipe(switchMap(() => next.handle()));
  }
}

/**
 * The same wait as the last guard of a route that is not a list: a route with no interceptor skips
 * Nest's rxjs pipeline and its async-context bindings (about a tenth of a status GET's CPU), and a
 * guard runs where this interceptor did, after the access guards and before the query is validated.
 */
@Injectable()
export class ReadYourWritesGuard implements CanActivate {
  constructor(
    private readonly highWaterMark: HighWaterMark,
    private readonly store: EventStore,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    await readYourWrites(context, this.highWaterMark, this.store);
    return true;
  }
}
