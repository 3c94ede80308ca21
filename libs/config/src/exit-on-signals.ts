import { INestApplicationContext, Logger } from '@nestjs/common';

/** How an orchestrator stops a container, and Ctrl-C. */
const SIGNALS: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];
/**
 * Room for the requests in flight, the relay's last pages (10 s at most) and a projector's
 * batch, within the 30 s an orchestrator usually grants before it sends SIGKILL.
 */
const DRAIN_DEADLINE_MS = 25_000;

/**
 * Drains the application on SIGTERM or SIGINT, then ends the process: exit code 0 once drained, 1
 * if draining failed, overran its deadline or was cut short by a second signal. app.close() drains and
 * closes the HTTP server, if the process has one, then runs every component's onApplicationShutdown:
 * the relay publishes the log to its head or leaves the rest for its next start, the projector finishes its batch,
 * commits and leaves its group, and last the database pool closes.
 *
 * Nest's enableShutdownHooks() runs the same hooks but then raises the signal again, so the process
 * ends killed by it rather than with exit code 0; and without an 'exit' event pino never flushes the
 * lines it still buffers, the very ones saying how the shutdown went. process.exit() emits it.
 */
export function exitOnSignals(app: INestApplicationContext): void {
  const logger = new Logger('Shutdown');
  let draining = false;
  const drain = async (signal: string): Promise<void> => {
    if (draining) {
      logger.warn(`${signal} again while draining: exiting at once`);
      process.exit(1);
    }
    draining = true;
    logger.log(`${signal}: draining, then exiting`);
    const started = Date.now();
    setTimeout(() => {
      logger.error(`still draining after ${DRAIN_DEADLINE_MS} ms: exiting without finishing`);
      process.exit(1);
    }, DRAIN_DEADLINE_MS);
    try {
      await app.close();
    } catch (error) {
      logger.error(`draining failed after ${Date.now() - started} ms: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exit(1);
    }
    logger.log(`drained in ${Date.now() - started} ms; exiting`);
    process.exit(0);
  };
  for (const signal of SIGNALS) process.on(signal, (received: NodeJS.Signals) => void drain(received));
  // Started by npm start's supervisor (scripts/start-processes.cjs) with an IPC channel: the channel
  // closing means the supervisor is gone, even killed without a word, and this process must not outlive it.
  if (process.channel) {
    process.channel.unref();
    process.on('disconnect', () => draining || void drain('supervisor gone'));
  }
}
