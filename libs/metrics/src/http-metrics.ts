import { FastifyInstance } from 'fastify';
import { ParleyMetrics } from './parley-metrics';

/**
 * Counts and times every answer by the route's pattern (`/api/v1/negotiations/:trackId`), never by
 * its concrete URL, so the number of series stays bounded whatever clients ask for.
 */
export function instrumentHttp(fastify: FastifyInstance, metrics: ParleyMetrics): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const labels = { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) };
    metrics.httpRequests.inc(labels);
    metrics.httpDuration.observe(labels, reply.elapsedTime / 1_000);
    done();
  });
}
