import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { DestinationStream } from 'pino';
import { correlationIdOf } from './correlation';
import { prettyOnTerminal } from './pretty-logs';
import { ParleyConfig } from './parley-config';

/** Headers that carry credentials: never written to a log line. */
const REDACTED = ['req.headers["x-api-key"]', 'req.headers.authorization', 'req.headers.cookie'];

/** Behind Fastify the middleware sees `url` relative to where it is mounted (`/`); `originalUrl` is what was asked for. */
const pathOf = (req: IncomingMessage): string => (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '';

/** Probes and scrapes come every few seconds: a line for each would drown the others. */
const isProbe = (req: IncomingMessage): boolean => /^\/(health|metrics)(\/|\?|$)/.test(pathOf(req));

const requestId = (req: IncomingMessage): string => String((req as IncomingMessage & { id?: unknown }).id ?? randomUUID());

/**
 * JSON log lines at LOG_LEVEL, each request's with its request id and correlation id; keys and
 * credentials are redacted before anything is written. Lines go to stdout unless told otherwise.
 */
@Module({})
export class LoggingModule {
  static forRoot(destination?: DestinationStream): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [ParleyConfig],
          useFactory: (config: ParleyConfig) => {
            const options = {
              level: config.logLevel,
              // Fastify has already given the request its id (the one events record as causation id).
              genReqId: requestId,
              customProps: (req: IncomingMessage) => ({ correlationId: correlationIdOf(req.headers, requestId(req)) }),
              redact: { paths: REDACTED, censor: '[redacted]' },
              autoLogging: { ignore: isProbe },
            };
            return { pinoHttp: destination ? [options, destination] : { ...options, ...prettyOnTerminal(process.stdout) } };
          },
        }),
      ],
    };
  }
}
