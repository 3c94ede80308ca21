import { ExecutionContext, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { SkipThrottle, ThrottlerGuard, ThrottlerLimitDetail, ThrottlerModuleOptions, ThrottlerStorage } from '@nestjs/throttler';
import { hashKey } from '@parley/api-keys';
import { ParleyConfig } from '@parley/config';
import { FastifyRequest } from 'fastify';
import { presentedDigest, presentedKey } from './api-key.guard';

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
  storage: new SlidingLogStore(),
  // One budget across all routes, not one per route.
  generateKey: (_context, tracker, name) => `${name}:${tracker}`,
  throttlers: [
    { name: 'per-ip', ttl: rateLimit.windowMs, limit: rateLimit.perIp },
    {
      name: 'per-key',
      ttl: rateLimit.windowMs,
      limit: rateLimit.perKey,
      skipIf: (context) => !keyOf(context),
      getTracker: (request) => (presentedDigest(request as FastifyRequest) ?? hashKey('')).toString('hex'),
    },
  ],
});

interface HitLog {
  /** When each hit counted in the window expires, oldest first; those before `head` have expired. */
  hits: number[];
  head: number;
  expiresAt: number;
  isBlocked: boolean;
  blockExpiresAt: number;
}

/** Every so many counts, logs with nothing left to count are dropped, so a passing crowd of addresses is forgotten. */
const SWEEP_EVERY = 10_000;

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * @nestjs/throttler's in-memory store (ThrottlerStorageService), its answers unchanged, its bookkeeping
 * constant time: a key's hits are kept in the order they came, so expired ones are dropped from the
 * front. The library's store filtered the whole log of the window on every request, and under ingest
 * that was most of the rate limits' cost (a log as long as the requests of a window, twice a request).
 * Like it, a key past its limit is blocked for the throttler's blockDuration (its ttl, as Parley sets
 * none), and counts nothing meanwhile.
 */
export class SlidingLogStore implements ThrottlerStorage {
  private readonly logs = new Map<string, HitLog>();
  private counted = 0;

  async increment(key: string, ttl: number, limit: number, blockDuration: number): Promise<ThrottlerStorageRecord> {
    const now = Date.now();
    if (++this.counted % SWEEP_EVERY === 0) this.sweep(now);
    let log = this.logs.get(key);
    if (!log) this.logs.set(key, (log = { hits: [], head: 0, expiresAt: now + ttl, isBlocked: false, blockExpiresAt: 0 }));
    this.prune(log, now);
    if (log.expiresAt <= now) log.expiresAt = now + ttl;
    if (!log.isBlocked) log.hits.push(now + ttl);
    if (log.hits.length - log.head > limit && !log.isBlocked) {
      log.isBlocked = true;
      log.blockExpiresAt = now + blockDuration;
    }
    const timeToBlockExpire = Math.ceil((log.blockExpiresAt - now) / 1000);
    if (timeToBlockExpire <= 0 && log.isBlocked) Object.assign(log, { isBlocked: false, hits: [now + ttl], head: 0 });
    const timeToExpire = Math.ceil((log.expiresAt - now) / 1000);
    return { totalHits: log.hits.length - log.head, timeToExpire, isBlocked: log.isBlocked, timeToBlockExpire };
  }

  private prune(log: HitLog, now: number): void {
    while (log.head < log.hits.length && log.hits[log.head] <= now) log.head++;
    if (log.head > 1_024 && log.head * 2 > log.hits.length) {
      log.hits = log.hits.slice(log.head);
      log.head = 0;
    }
  }

  private sweep(now: number): void {
    for (const [key, log] of this.logs) {
      this.prune(log, now);
      const idle = log.expiresAt <= now && log.head === log.hits.length && !(log.isBlocked && log.blockExpiresAt > now);
      if (idle) this.logs.delete(key);
    }
  }
}

/** For probes polled by the platform, which must never be refused for polling. */
export const SkipRateLimits = () => SkipThrottle({ 'per-ip': true, 'per-key': true });

@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw new TooManyRequestsException(detail.timeToBlockExpire);
  }
}
