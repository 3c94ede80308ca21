import { exitOnSignals, loadConfig } from '@parley/config';
import { createApp } from './create-app';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await createApp(process.env);
  await app.listen({ port: config.port, host: process.env.HOST ?? '127.0.0.1' });
  exitOnSignals(app);
}

main().catch((error: unknown) => {
  // The logger may not exist yet (bad configuration): say why on stderr and exit non-zero.
  process.stderr.write(`parley failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
