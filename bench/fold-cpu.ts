import { Logger } from '@nestjs/common';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { RecordedEvent } from '@parley/domain';
import { PgEventStore } from '@parley/event-store';
import { ProjectionWriter, foldBatch } from '@parley/read-model-store';
import { PROJECTIONS } from '@parley/read-models';
import { Generations } from '@parley/replay';
import { migratedDatabase } from '../test/support/migrated-database';
import { backendsCpuMs } from './lib/processes';
import { seedStatements } from './lib/seed';

/**
 * node -r @swc-node/register bench/fold-cpu.ts [events=50000] [rounds=3] [fold,rebuild,...]: this process's CPU per event
 * (process.cpuUsage, user + system) on the fold path, and the CPU PostgreSQL's backends spend on it
 * (/proc), as a repeatable instrument on a busy machine where wall-clock rates are noise. Their sum
 * bounds the rate two cores could give, whatever runs in parallel: 2 s of CPU a second over the sum.
 * On a database of its own, seeded as the benchmark's backlog is:
 * - read: the log read page by page and decoded (what a rebuild reads);
 * - fold: those pages folded in memory (foldBatch), nothing written;
 * - rebuild: Generations.fold into a fresh generation, as the rebuild figure runs it;
 * - apply: 3,000-event batches (FOLD_CPU_APPLY_BATCH) into another generation, each a transaction as the projector's
 *   (ProjectionWriter.applyInTransaction: the consumer's offset recorded, the high-water mark moved).
 * Each round measures all four in turn; the figures printed are each measure's best round.
 * With FOLD_CPU_PROF=<dir>, each measure of each round is also profiled alone, into <dir>/<measure>-<round>.cpuprofile.
 */
const PAGE = 5_000;
/** Events an apply transaction takes: a backlog's fetch by default; FOLD_CPU_APPLY_BATCH=25 is a live projector's at 500 commands/s. */
const APPLY_BATCH = Number(process.env.FOLD_CPU_APPLY_BATCH ?? 3_000);

async function main(): Promise<void> {
  Logger.overrideLogger(['error', 'warn']);
  const [events = 50_000, rounds = 3] = process.argv.slice(2, 4).map(Number);
  // A fifth argument, read,fold,rebuild,apply, measures some of them only (for a profile of one).
  const only = process.argv[4]?.split(',');
  const db = await migratedDatabase({ DATABASE_POOL_SIZE: '10' });
  try {
    await seedStatements(db.dataSource, events);
    const store = new PgEventStore(db.dataSource);
    const writer = new ProjectionWriter(db.dataSource);
    const generations = new Generations(db.dataSource, store, writer);
    const best: Record<string, number> = {};
    const backends = async () =>
      (await db.dataSource.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`)).map((r: { pid: number }) => r.pid);
    const bestPg: Record<string, number> = {};
    const profiler = await profilerFor(process.env.FOLD_CPU_PROF);
    let round = 0;
    const measure = async (name: string, run: () => Promise<unknown>) => {
      if (only && name !== 'read' && !only.includes(name)) return;
      await profiler?.start();
      const cpu = process.cpuUsage();
      const wall = performance.now();
      const pgMs = await backendsCpuMs(backends, run);
      const used = process.cpuUsage(cpu);
      await profiler?.stop(`${name}-${round}`);
      const perEvent = (used.user + used.system) / events;
      const pgPerEvent = (pgMs * 1_000) / events;
      best[name] = Math.min(best[name] ?? Infinity, perEvent);
      bestPg[name] = Math.min(bestPg[name] ?? Infinity, pgPerEvent);
      const rate = Math.round(events / ((performance.now() - wall) / 1_000));
      process.stdout.write(`${name.padEnd(8)} ${perEvent.toFixed(1).padStart(7)} µs CPU/event, PostgreSQL ${pgPerEvent.toFixed(1).padStart(6)}  ${rate} events/s wall\n`);
    };
    for (round = 1; round <= rounds; round++) {
      const pages: RecordedEvent[][] = [];
      await measure('read', async () => {
        for await (const page of store.pages({ after: 0, through: events, limit: PAGE })) pages.push(page);
      });
      const target = { generation: 0, projections: PROJECTIONS };
      await measure('fold', async () => {
        for (const page of pages) foldBatch(target, page, new Map(), new Map());
      });
      await measure('rebuild', async () => {
        const green = await generations.openGreen(PROJECTIONS);
        await generations.fold(green, 0, async () => undefined, events);
        await generations.discard(green);
      });
      const all = pages.flat();
      await measure('apply', async () => {
        const green = await generations.openGreen(PROJECTIONS);
        for (let i = 0; i < all.length; i += APPLY_BATCH) {
          const consumed = { groupId: 'fold-cpu', offsets: [{ topic: 'fold-cpu', partition: 0, nextOffset: i + APPLY_BATCH }] };
          await writer.applyInTransaction([green], all.slice(i, i + APPLY_BATCH), { consumed });
        }
        await generations.discard(green);
      });
    }
    const figures = Object.entries(best).map(([name, us]) => `${name} ${us.toFixed(1)} (PostgreSQL ${bestPg[name].toFixed(1)})`);
    process.stdout.write(`best of ${rounds}: ${figures.join(', ')} µs CPU/event over ${events} events\n`);
  } finally {
    await db.stop();
  }
}

/** A CPU profiler of this process that writes each profile it takes to `dir`; none without a directory. */
async function profilerFor(dir: string | undefined) {
  if (!dir) return null;
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  return {
    start: () => session.post('Profiler.start'),
    async stop(name: string) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(`${dir}/${name}.cpuprofile`, JSON.stringify(profile));
    },
  };
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
