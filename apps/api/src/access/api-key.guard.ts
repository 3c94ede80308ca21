import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { KeyHolder, grants, hashKey } from '@parley/api-keys';
import { ParleyConfig, Role } from '@parley/config';
import { FastifyRequest } from 'fastify';
import { KeyRing } from './key-ring';
import { PUBLIC, REQUIRED_ROLE } from './roles.decorator';

export type AuthenticatedRequest = FastifyRequest & { keyHolder?: KeyHolder };

export const presentedKey = (request: FastifyRequest): string | undefined => {
  const header = request.headers['x-api-key'];
  return Array.isArray(header) ? header[0] : header;
};

const digests = new WeakMap<FastifyRequest, Buffer>();

/**
 * The presented key's SHA-256, worked out once a request: the rate limits count by it and the key ring
 * finds the holder by it, where each hashed the key again.
 */
export const presentedDigest = (request: FastifyRequest): Buffer | undefined => {
  const key = presentedKey(request);
  if (key === undefined) return undefined;
  let digest = digests.get(request);
  if (!digest) digests.set(request, (digest = hashKey(key)));
  return digest;
};

/**
 * Every route passes here before its body is validated, so a refused request stores nothing:
 * no key or an unknown one is 401, a key without the route's role is 403. Reads need no key
 * unless READS_PUBLIC=false, but a key presented with one must be known.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: KeyRing,
    private readonly config: ParleyConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, targets)) return true;
    const required = this.reflector.getAllAndOverride<Role | undefined>(REQUIRED_ROLE, targets);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const key = presentedKey(request);
    // A key is checked wherever one is presented, so a mistyped key is told, not silently ignored.
    if (!key && !required && this.config.readsPublic) return true;
    if (!key) throw new UnauthorizedException('this request needs an X-API-Key header');
    // Found already when the request came with a body (key-before-body.ts).
    const holder = request.keyHolder ?? (await this.keys.holderOf(key, presentedDigest(request)));
    if (!holder) throw new UnauthorizedException('the X-API-Key is not known');
    if (required && !grants(holder.role, required)) {
      throw new ForbiddenException(`this needs a key with the ${required} role; this key is a ${holder.role} key`);
    }
    request.keyHolder = holder;
    return true;
  }
}
