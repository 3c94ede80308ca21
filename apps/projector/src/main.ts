import { NestFactory } from '@nestjs/core';
import { exitOnSignals } from '@parley/config';
import { Logger } from 'nestjs-pino';
import { ProjectorAppModule } from './projector-app.module';

async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(ProjectorAppModule.forRoot(process.env), { bufferLogs: true });
  const logger = app.get(Logger);
  app.useLogger(logger);
  exitOnSignals(app);
  logger.log('consuming until SIGTERM or SIGINT', 'ProjectorMain');
  // Without an HTTP server, only the Kafka consumer keeps this process's event loop busy: were it gone
  // for good, Node would end the process quietly with exit code 0. Say so, and fail, so it is restarted.
  process.once('beforeExit', () => {
    logger.error('nothing left to run: the Kafka consumer is gone; exiting with 1', 'ProjectorMain');
    process.exit(1);
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`parley projector failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
