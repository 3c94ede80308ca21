import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { ParleyConfig } from '@parley/config';
import { createHash, timingSafeEqual } from 'node:crypto';
import { FastifyRequest } from 'fastify';

const digest = (key: string): Buffer => createHash('sha256').update(key).digest();

/** The non-secret name a key is recorded under in event metadata: a short fingerprint, never the key. */
export const keyName = (key: string): string => `key:${digest(key).toString('hex').slice(0, 12)}`;

export type AuthenticatedRequest = FastifyRequest & { apiKeyName?: string };

/** Writes need a known X-API-Key; refused before the body is even validated, so nothing is stored. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly digests: Buffer[];

  constructor(config: ParleyConfig) {
    this.digests = config.apiKeys.map(digest);
  }

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers['x-api-key'];
    const key = Array.isArray(header) ? header[0] : header;
    if (!key) throw new UnauthorizedException('this request needs an X-API-Key header');
    const presented = digest(key);
    // Compare digests in constant time, so response timing says nothing about a key's prefix.
    if (!this.digests.some((known) => timingSafeEqual(known, presented))) {
      throw new UnauthorizedException('the X-API-Key is not known');
    }
    request.apiKeyName = keyName(key);
    return true;
  }
}
