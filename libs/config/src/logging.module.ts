import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { DestinationStream } from 'pino';
import { correlationIdOf } from './correlation';
import { ParleyConfig } from './parley-config';

/** Headers that carry credentials: never written to a log line. */
const REDACTED = ['req.headers["x-api-key"]', 'req.headers.authorization', 'req.headers.cookie'];

/** Behind Fastify the middleware sees `url` relative to where it is mounted (`/`); `originalUrl` is what was asked for. */
const pathOf = (req: IncomingMessage): string => (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '';

/** Probes and scrapes come every few seconds: a line for each would drown the others. */
const isProbe = (req: IncomingMessage): boolean => /^\/(health|metrics)(\/|\?|$)/.test(pathOf(req));

const requestId = (req: IncomingMessage): string => String((req as IncomingMessage & { id?: unknown }).id ?? randomUUID());

/** `[Context] message`, a request as `GET /path 200 12ms`; other fields after it on the same line. */
export const PRETTY_LINES = {
  translateTime: 'SYS:HH:MM:ss.l',
  messageFormat: '{if context}[{context}] {end}{msg}{if req} {req.method} {req.url} {res.statusCode} {responseTime}ms{end}',
  ignore: 'pid,hostname,context,req,res,responseTime',
  singleLine: true,
};

/**
 * A person at a terminal reads lines, one per entry with its time and level; anything else (a file, a
 * pipe, a log collector, a test) gets JSON. pino-pretty formats in pino's worker thread, off the event loop.
 */
const prettyOnTerminal = (stdout: { isTTY?: boolean }) =>
  stdout.isTTY ? { transport: { target: 'pino-pretty', options: PRETTY_LINES } } : {};

/**
 * Log lines at LOG_LEVEL (readable on a terminal, JSON otherwise), each request's with its request id and
 * correlation id; keys and credentials are redacted before anything is written. Lines go to stdout unless
 * told otherwise.
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
