import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';
import { DestinationStream } from 'pino';
import { correlationIdOf } from './correlation';
import { clientRequestIdOf, redactRequest } from './log-redaction';
import { prettyOnTerminal } from './pretty-logs';
import { ParleyConfig } from './parley-config';

/** Behind Fastify the middleware sees `url` relative to where it is mounted (`/`); `originalUrl` is what was asked for. */
const pathOf = (req: IncomingMessage): string => (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '';

/** Probes and scrapes come every few seconds: a line for each would drown the others. */
const isProbe = (req: IncomingMessage): boolean => /^\/(health|metrics)(\/|\?|$)/.test(pathOf(req));

const requestId = (req: IncomingMessage): string => String((req as IncomingMessage & { id?: unknown }).id ?? randomUUID());

/**
 * JSON log lines at LOG_LEVEL, each request's with its request id and correlation id (and the client's
 * X-Request-Id beside them); keys and credentials are redacted before anything is written. Lines go to
 * stdout unless told otherwise.
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
              customProps: (req: IncomingMessage) => ({
                correlationId: correlationIdOf(req.headers, requestId(req)),
                clientRequestId: clientRequestIdOf(req.headers),
              }),
              serializers: { req: redactRequest },
              autoLogging: { ignore: isProbe },
              // A client over its rate limit would write a line per refused request, as fast as it can send
              // them; the 429s are counted in parley_http_requests_total instead.
              customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) =>
                error || res.statusCode >= 500 ? 'error' : res.statusCode === 429 ? 'silent' : 'info',
            };
            return { pinoHttp: destination ? [options, destination] : { ...options, ...prettyOnTerminal(process.stdout) } };
          },
        }),
      ],
    };
  }
}
