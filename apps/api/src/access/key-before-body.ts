import { FastifyInstance, FastifyRequest } from 'fastify';
import { AuthenticatedRequest, presentedDigest, presentedKey } from './api-key.guard';
import { KeyRing } from './key-ring';

const hasBody = (request: FastifyRequest): boolean =>
  request.headers['transfer-encoding'] !== undefined || (request.headers['content-length'] ?? '0') !== '0';

/**
 * Every route that takes a body needs a key, so a body that comes without a known one is never read:
 * Fastify is told there is none, and the guards answer as for any other request (the rate limits
 * counted first, then 401). Refusing here instead would let key guesses escape the rate limits. A known
 * key's holder is kept on the request, so the key guard does not look it up a second time.
 */
export function readBodiesOnlyWithKnownKey(instance: FastifyInstance, keys: KeyRing): void {
  instance.addHook('onRequest', async (request) => {
    if (!hasBody(request)) return;
    const key = presentedKey(request);
    const holder = key && (await keys.holderOf(key, presentedDigest(request)));
    if (holder) {
      (request as AuthenticatedRequest).keyHolder = holder;
      return;
    }
    for (const framing of ['content-type', 'content-length', 'transfer-encoding']) delete request.raw.headers[framing];
  });
}
