import { CallHandler, ExecutionContext, Injectable, NestInterceptor, ServiceUnavailableException } from '@nestjs/common';
import { EventStore } from '@parley/event-store';
import { HighWaterMark } from '@parley/read-model-store';
import { FastifyRequest } from 'fastify';
import { Observable, from, switchMap } from 'rxjs';
import { RequestValidationError } from './problem';
import { logPosition } from './schemas';

export const READ_YOUR_WRITES_TIMEOUT_MS = 5_000;

/**
 * `?minPosition=N` on any query: answer only once the read side's high-water mark has reached N
 * (the `position` a write answered with), waiting up to 5 s; 503 with Retry-After otherwise.
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
    // Parsed here by the query's own rule: a value the wait read otherwise than the query would skip the wait.
    const parsed = logPosition.safeParse(raw);
    if (!parsed.success) throw new RequestValidationError([{ field: 'minPosition', message: parsed.error.issues[0].message }]);
    const position = parsed.data;
    return from(this.awaitApplied(position)).pipe(
      switchMap((applied) => {
        if (!applied) {
          throw new ServiceUnavailableException(`the read models have not yet applied position ${position}; retry shortly`);
        }
        return next.handle();
      }),
    );
  }

  /** A position past the log's head was never answered to any write: refuse it rather than hold a connection. */
  private async awaitApplied(position: number): Promise<boolean> {
    const head = await this.store.headPosition();
    if (position > head) {
      throw new RequestValidationError([{ field: 'minPosition', message: `must not be beyond the log's head, position ${head}` }]);
    }
    return this.highWaterMark.waitFor(position, READ_YOUR_WRITES_TIMEOUT_MS);
  }
}
