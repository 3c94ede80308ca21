import { NestFactory } from '@nestjs/core';
import { ALL_PROJECTIONS, KafkaReplay, ProjectionRebuilder, projectionsNamed } from '@parley/replay';
import { Presets, SingleBar } from 'cli-progress';
import { Logger } from 'nestjs-pino';
import { parseArgs } from 'node:util';
import { ReplayAppModule } from './replay-app.module';

const USAGE = 'usage: npm run replay -- [--projection <name>|all] [--from-kafka]';

/** npm run replay: rebuilds read models while Parley keeps serving, with a progress bar on stderr. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      projection: { type: 'string', default: ALL_PROJECTIONS },
      'from-kafka': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  const projections = projectionsNamed(values.projection);
  const app = await NestFactory.createApplicationContext(ReplayAppModule.forRoot(process.env), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  const source = values['from-kafka'] ? 'Kafka' : 'the event store';
  const bar = new SingleBar(
    { format: `${source} {bar} {percentage}% | {value}/{total} events | {speed} events/s | {eta_formatted} left`, etaBuffer: 20 },
    Presets.shades_classic,
  );
  const started = performance.now();
  bar.start(1, 0, { speed: 0 });
  const onProgress = (done: number, total: number) => {
    bar.setTotal(Math.max(total, 1));
    bar.update(done, { speed: Math.round(done / Math.max((performance.now() - started) / 1_000, 0.001)) });
  };
  try {
    const rebuild = values['from-kafka']
      ? await app.get(KafkaReplay).start(projections, onProgress)
      : await app.get(ProjectionRebuilder).fromStore(projections, onProgress);
    const report = await rebuild.finished;
    bar.stop();
    process.stdout.write(
      `rebuilt ${report.projections.join(', ')} from ${source} into generation ${report.generation}: ` +
        `${report.events} events (${report.fromSource} from ${source}, ${report.caughtUp} caught up from the event store at the switch) ` +
        `in ${report.seconds.toFixed(1)} s, ${report.eventsPerSecond} events/s\n`,
    );
  } finally {
    bar.stop();
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`replay failed: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
  process.exit(1);
});
