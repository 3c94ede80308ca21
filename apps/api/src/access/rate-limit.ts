import { ExecutionContext, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { SkipThrottle, ThrottlerGuard, ThrottlerLimitDetail, ThrottlerModuleOptions } from '@nestjs/throttler';
import { hashKey } from '@parley/api-keys';
import { ParleyConfig } from '@parley/config';
import { FastifyRequest } from 'fastify';
import { presentedKey } from './api-key.guard';

/** 429, with the seconds to wait; the problem filter turns it into a Retry-After header. */
export class TooManyRequestsException extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super(`too many requests; retry in ${retryAfterSeconds} s`, HttpStatus.TOO_MANY_REQUESTS);
  }
}

const keyOf = (context: ExecutionContext) => presentedKey(context.switchToHttp().getRequest<FastifyRequest>());

/**
 * Two budgets per window: one per client address, whatever keys it presents, and one per presented
 * key, whichever address uses it. Both are counted before the key is checked, so guessing keys costs
 * budget too. Counts live in this process: behind several instances each keeps its own.
 */
export const rateLimits = ({ rateLimit }: ParleyConfig): ThrottlerModuleOptions => ({
  // One budget across all routes, not one per route.
  generateKey: (_context, tracker, name) => `${name}:${tracker}`,
  throttlers: [
    { name: 'per-ip', ttl: rateLimit.windowMs, limit: rateLimit.perIp },
    {
      name: 'per-key',
      ttl: rateLimit.windowMs,
      limit: rateLimit.perKey,
      skipIf: (context) => !keyOf(context),
      getTracker: (request) => hashKey(presentedKey(request as FastifyRequest) ?? '').toString('hex'),
    },
  ],
});

/** For probes polled by the platform, which must never be refused for polling. */
export const SkipRateLimits = () => SkipThrottle({ 'per-ip': true, 'per-key': true });

@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw new TooManyRequestsException(detail.timeToBlockExpire);
  }
}
