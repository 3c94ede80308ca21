import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { ParleyConfig } from '@parley/config';
import { createHash, timingSafeEqual } from 'node:crypto';
import { IncomingHttpHeaders } from 'node:http';

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/**
 * When reads are not public, a scrape presents METRICS_KEY as a bearer token, the form Prometheus sends
 * (`authorization: { credentials: … }`): a key of its own, so a scraper holds no key that could write.
 */
@Injectable()
export class MetricsKeyGuard implements CanActivate {
  constructor(private readonly config: ParleyConfig) {}

  canActivate(context: ExecutionContext): boolean {
    if (this.config.readsPublic) return true;
    const { authorization } = context.switchToHttp().getRequest<{ headers: IncomingHttpHeaders }>().headers;
    const presented = authorization?.match(/^Bearer (.+)$/)?.[1];
    const { metricsKey } = this.config;
    // Digests compared in constant time, as for API keys.
    if (presented && metricsKey && timingSafeEqual(digest(presented), digest(metricsKey))) return true;
    throw new UnauthorizedException(
      metricsKey ? 'this scrape needs the METRICS_KEY as `Authorization: Bearer <key>`' : 'reads are not public and no METRICS_KEY is set',
    );
  }
}
