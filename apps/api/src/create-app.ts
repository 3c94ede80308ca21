import { NestFactory } from '@nestjs/core';
import { ParleyConfig } from '@parley/config';
import { randomUUID } from 'node:crypto';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyReply, FastifyRequest } from 'fastify';
import helmet from 'helmet';
import { IncomingMessage, ServerResponse } from 'node:http';
import { SwaggerModule } from '@nestjs/swagger';
import { ParleyMetrics, instrumentHttp } from '@parley/metrics';
import { Logger } from 'nestjs-pino';
import { AppModule, AppOptions } from './app.module';
import { serveDashboard } from './dashboard/serve-dashboard';
import { KeyRing } from './access/key-ring';
import { readBodiesOnlyWithKnownKey } from './access/key-before-body';
import { IDEMPOTENT_REPLAYED } from './write/write-service';
import { answerClientError, refuseMalformedRequests } from './http/request-guards';
import { logRequests } from './http/request-log';
import { ProblemDetailsFilter, sendProblem } from './http/problem-details.filter';
import { ParleyValidationPipe } from './http/zod-validation';
import { openApiDocument } from './openapi/openapi-document';

export const BODY_LIMIT_BYTES = 256 * 1024;

/** Builds the HTTP service; main.ts listens with it, end-to-end tests drive it with supertest. */
export async function createApp(env: Record<string, string | undefined>, options: AppOptions = {}): Promise<NestFastifyApplication> {
  return configureApp(await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(env, options), fastifyAdapter(), APP_OPTIONS));
}

// Fastify's own JSON parser only: Nest's would add form bodies, and Parley takes JSON alone (415 otherwise).
export const APP_OPTIONS = { bufferLogs: true, bodyParser: false };

export function fastifyAdapter(): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    // Request ids become correlation and causation ids of events: made here, unique across restarts,
    // never taken from a client (whose X-Request-Id is only logged beside it).
    requestIdHeader: false,
    genReqId: () => randomUUID(),
    // Malformed URLs and over-long parameters are refused by the router, before Nest sees them.
    frameworkErrors: (error: Error, _request: FastifyRequest, reply: FastifyReply) => sendProblem(reply, error),
    clientErrorHandler: answerClientError,
  });
}

/**
 * Everything the service adds to the Nest application: also what API specifications build on their
 * in-memory store. They leave out the OpenAPI document (`docs: false`), a second of work per app that
 * none of them reads; the client's sync check covers the document.
 */
export async function configureApp(app: NestFastifyApplication, { docs = true } = {}): Promise<NestFastifyApplication> {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.removeContentTypeParser('text/plain');
  app.useLogger(app.get(Logger));
  // Nest would hold every line back until listen(); with the JSON logger in place there is no reason to.
  app.flushLogs();
  instrumentHttp(fastify, app.get(ParleyMetrics));
  logRequests(fastify);
  refuseMalformedRequests(fastify);
  const config = app.get(ParleyConfig);
  if (config.components.has('api')) readBodiesOnlyWithKnownKey(fastify, app.get(KeyRing));
  await secureHeaders(app);
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalPipes(new ParleyValidationPipe());
  if (docs) SwaggerModule.setup('docs', app, openApiDocument(app));
  if (config.components.has('api')) serveDashboard(app, config);
  return app;
}

/**
 * Helmet's headers, worked out once. The dashboard at / loads its own scripts, styles and fonts and
 * fetches and streams (SSE) from this origin only; Swagger UI styles itself inline and shows data:
 * images; nothing else is loosened.
 */
const SECURITY_HEADERS: readonly (readonly [string, string])[] = (() => {
  const headers: [string, string][] = [];
  const recorder = { setHeader: (name: string, value: string) => headers.push([name, value]), removeHeader: () => undefined };
  const middleware = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: [`'self'`],
        scriptSrc: [`'self'`],
        styleSrc: [`'self'`, `'unsafe-inline'`],
        fontSrc: [`'self'`],
        imgSrc: [`'self'`, 'data:'],
        connectSrc: [`'self'`],
      },
    },
  });
  middleware({} as IncomingMessage, recorder as unknown as ServerResponse, () => undefined);
  return headers;
})();

/**
 * Security headers on every answer; browsers of other origins only where CORS_ORIGINS lets them. The
 * headers are the same for every answer, so they are set as they are rather than by Helmet's middleware
 * (@fastify/helmet built it again for each request, its CSP parsed each time: about 5 % of the api's
 * busy time under ingest).
 */
async function secureHeaders(app: NestFastifyApplication): Promise<void> {
  app.getHttpAdapter().getInstance().addHook('onRequest', (_request, reply, done) => {
    for (const [name, value] of SECURITY_HEADERS) reply.raw.setHeader(name, value);
    done();
  });
  const { corsOrigins } = app.get(ParleyConfig);
  if (corsOrigins.length > 0) {
    app.enableCors({
      origin: corsOrigins,
      allowedHeaders: ['Content-Type', 'X-API-Key', 'Idempotency-Key', 'X-Correlation-Id'],
      exposedHeaders: ['Retry-After', IDEMPOTENT_REPLAYED],
    });
  }
}
