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
}

main().catch((error: unknown) => {
  process.stderr.write(`parley projector failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
