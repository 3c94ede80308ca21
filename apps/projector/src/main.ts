import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { ParleyConfig, exitOnSignals } from '@parley/config';
import { Logger } from 'nestjs-pino';
import { ProjectorAppModule } from './projector-app.module';

async function main(): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(ProjectorAppModule.forRoot(process.env), new FastifyAdapter(), { bufferLogs: true });
  const logger = app.get(Logger);
  app.useLogger(logger);
  exitOnSignals(app);
  await app.listen({ port: app.get(ParleyConfig).metricsPort, host: process.env.HOST ?? '127.0.0.1' });
  // With METRICS_PORT=0 the system chose the port: the log line is where to find it.
  logger.log(`consuming until SIGTERM or SIGINT; metrics at ${await app.getUrl()}/metrics`, 'ProjectorMain');
}

main().catch((error: unknown) => {
  process.stderr.write(`parley projector failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
