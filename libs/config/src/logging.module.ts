import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { DestinationStream } from 'pino';
import { redactRequest } from './log-redaction';
import { prettyOnTerminal } from './pretty-logs';
import { ParleyConfig } from './parley-config';

/**
 * JSON log lines at LOG_LEVEL; keys and credentials are redacted before anything is written. Lines go to
 * stdout unless told otherwise. No middleware runs per request (`forRoutes: []`): pino-http's made a
 * child logger for every request and kept it in an AsyncLocalStorage, whose hooks every promise of the
 * request then paid for, whatever the level. A service writes its request lines itself, from what a
 * request's answer was (the API: apps/api/src/http/request-log.ts), through `PinoLogger.root`.
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
            const options = { level: config.logLevel, serializers: { req: redactRequest } };
            return { pinoHttp: destination ? [options, destination] : { ...options, ...prettyOnTerminal(process.stdout) }, forRoutes: [] };
          },
        }),
      ],
    };
  }
}
