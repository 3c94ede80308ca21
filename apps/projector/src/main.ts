import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { ProjectorAppModule } from './projector-app.module';

async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(ProjectorAppModule.forRoot(process.env), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
}

main().catch((error: unknown) => {
  process.stderr.write(`parley projector failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
