import { Logger } from '@nestjs/common';
import { Logger as TypeOrmLogger } from 'typeorm';

/**
 * TypeORM's own logger prints with console.log, SQL and parameters included. This one speaks through
 * the service's logger and leaves parameters out: they hold what users posted.
 */
export class ParleyTypeOrmLogger implements TypeOrmLogger {
  private readonly logger = new Logger('typeorm');

  logQuery(): void {}

  logQuerySlow(): void {}

  logSchemaBuild(): void {}

  logQueryError(error: string | Error): void {
    // The caller gets the error too and decides what it means (a conflict, a 503, a bug).
    this.logger.warn(`query failed: ${error instanceof Error ? error.message : error}`);
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
    else this.logger.log(String(message));
  }
}
