import { Logger } from '@nestjs/common';
import { Client, ClientConfig } from 'pg';

const logger = new Logger('postgresql');

/**
 * A pooled connection that the database drops while it is checked out but between two queries (inside
 * a transaction, say) emits 'error' with no listener, which ends the process. The query in flight, if
 * any, fails on its own and the pool discards the broken client, so here it is only logged.
 */
export class ResilientClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(config);
    this.on('error', (error) => logger.warn(`connection lost: ${error.message}`));
  }
}
