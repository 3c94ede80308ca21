import { clientRequestIdOf, correlationIdOf } from '@parley/config';
import { FastifyInstance } from 'fastify';
import { PinoLogger } from 'nestjs-pino';

/** Probes and scrapes come every few seconds: a line for each would drown the others. */
const isProbe = (url: string): boolean => /^\/(health|metrics)(\/|\?|$)/.test(url);

/** An answer that took this long is written even when LOG_LEVEL hides the others: it says where time went. */
export const SLOW_REQUEST_MS = 1_000;

type Level = 'error' | 'warn' | 'info';

/**
 * A line per answer, from Fastify's onResponse, with its request id and correlation id (and the client's
 * X-Request-Id beside them), credentials redacted: every answer at LOG_LEVEL=info or below; above it
 * (production's warn) only what needs a look, errors and slow answers, and nothing is built for the
 * others. A client over its rate limit would write a line per refused request, as fast as it can send
 * them: the 429s are counted in parley_http_requests_total instead.
 */
export function logRequests(fastify: FastifyInstance): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const logger = PinoLogger.root;
    const responseTime = Math.round(reply.elapsedTime);
    const level: Level | null =
      reply.statusCode >= 500 ? 'error' : reply.statusCode === 429 ? null : logger.isLevelEnabled('info') ? 'info' : responseTime >= SLOW_REQUEST_MS ? 'warn' : null;
    if (level && logger.isLevelEnabled(level) && !isProbe(request.url)) {
      const line = { req: request, res: reply.raw, responseTime, correlationId: correlationIdOf(request.headers, request.id), clientRequestId: clientRequestIdOf(request.headers) };
      logger[level](line, level === 'error' ? 'request errored' : level === 'warn' ? 'slow request' : 'request completed');
    }
    done();
  });
}
