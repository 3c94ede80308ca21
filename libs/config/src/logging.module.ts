import { Module } from '@nestjs/common';
import { ParleyConfig } from './parley-config';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';

/** JSON log lines with a request id; keys and credentials are redacted before anything is written. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [ParleyConfig],
      useFactory: (config: ParleyConfig) => ({
        pinoHttp: {
          level: config.logLevel,
          genReqId: (req: IncomingMessage) => (req.headers['x-request-id'] as string | undefined) ?? randomUUID(),
          redact: { paths: ['req.headers["x-api-key"]', 'req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
          autoLogging: { ignore: (req: IncomingMessage) => req.url?.startsWith('/health') ?? false },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
