import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { ParleyConfig } from '@parley/config';
import { ParleyMetrics, instrumentHttp } from '@parley/metrics';
import { Logger } from 'nestjs-pino';
import { AppModule, AppOptions } from './app.module';
import { serveDashboard } from './dashboard/serve-dashboard';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { ParleyValidationPipe } from './http/zod-validation';
import { openApiDocument } from './openapi/openapi-document';

export const BODY_LIMIT_BYTES = 256 * 1024;

/** Builds the HTTP service; main.ts listens with it, end-to-end tests drive it with supertest. */
export async function createApp(env: Record<string, string | undefined>, options: AppOptions = {}): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(env, options),
    new FastifyAdapter({
      bodyLimit: BODY_LIMIT_BYTES,
      requestIdHeader: 'x-request-id',
      // Request ids become correlation and causation ids of events: unique across restarts.
      genReqId: () => randomUUID(),
    }),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  // Nest would hold every line back until listen(); with the JSON logger in place there is no reason to.
  app.flushLogs();
  instrumentHttp(app.getHttpAdapter().getInstance(), app.get(ParleyMetrics));
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalPipes(new ParleyValidationPipe());
  app.enableShutdownHooks();
  SwaggerModule.setup('docs', app, openApiDocument(app));
  const config = app.get(ParleyConfig);
  if (config.components.has('api')) serveDashboard(app, config);
  return app;
}
