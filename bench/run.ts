import { Logger } from '@nestjs/common';
import { migratedDatabase } from '../test/support/migrated-database';
import { measureAppend } from './figures/append';
import { measureAsOf } from './figures/as-of';
import { measureFreshness } from './figures/freshness';
import { measureImport } from './figures/import';
import { measureIngest } from './figures/ingest';
import { apiOverTheLogPeakMb, measureMemory, replayPeakMb, withPeak } from './figures/memory';
import { measureQueries } from './figures/query';
import { measureRebuild } from './figures/rebuild';
import { measureRelayAndProjector } from './figures/relay-and-projector';
import { measureTension } from './figures/tension';
import { scheduleBody, TRACKS } from './lib/bodies';
import { ANALYZE } from './lib/analyze';
import { Results, printTable, writeResults } from './lib/report';
import { WRITER_KEY, startStack } from './lib/stack';

const RELAYED = 100_000;
const step = (name: string) => process.stdout.write(`[bench] ${name}\n`);

/**
 * npm run bench [-- --quick]: every figure of the issue, each with its limit or peer measured in the
 * same run, on a database, topics and consumer groups of its own that are removed afterwards.
 */
async function main(): Promise<void> {
  // The relay and projector measured in this process log as the service does with LOG_LEVEL=warn.
  Logger.overrideLogger(['error', 'warn']);
  const quick = process.argv.includes('--quick');
  // Quick loads are short enough for the whole run to stay within three minutes, long enough for thousands of samples.
  const seconds = quick ? 3 : 15;
  // The projector's backlog is stored too; the rebuild folds the first `rebuilt` of the stored events.
  // A quick run halves the projector's backlog as it divides the rebuild's by ten: at about 4,000 events/s
  // here, 200,000 would be a third of the three minutes.
  const projected = quick ? 100_000 : 200_000;
  const rebuilt = quick ? 100_000 : 1_000_000;
  const stored = Math.max(projected, rebuilt);
  const imported = quick ? 50_000 : 200_000;
  // --only=append,http,backlog runs some groups of figures, for profiling one path at a time; --only=freshness
  // runs the http group's freshness figures alone, --only=relay the backlog group's relay figure alone.
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
  const runs = (group: string) => !only || only.includes(group);
  const results: Results = {};

  if (runs('append')) {
    step('append: Parley, Emmett, plain pg');
    results.append = await measureAppend(seconds);
  }
  if (runs('http') || runs('freshness')) await measureOverHttp(results, seconds, runs('http'));
  if (runs('import')) {
    step(`import: ${imported} developments through POST /api/v1/developments/batch, until projected`);
    const stack = await startStack(Number(process.env.BENCH_PORT ?? 3900));
    try {
      results.import = await measureImport(stack, imported, seconds);
    } finally {
      await stack.stop();
    }
  }
  if (runs('backlog')) await measureBacklogs(results, seconds, { projected, stored, rebuilt });
  else if (runs('relay')) await measureBacklogs(results, seconds, { projected, stored, rebuilt, relayOnly: true });
  printTable(results);
  if (!only) writeResults(results, quick);
}

async function measureOverHttp(results: Results, seconds: number, all: boolean): Promise<void> {
  step(all ? 'ingest, freshness, queries: the service over HTTP' : 'freshness: the service over HTTP');
  const stack = await startStack(Number(process.env.BENCH_PORT ?? 3900));
  try {
    for (const [i, track] of TRACKS.entries()) {
      const res = await fetch(`${stack.url}/api/v1/negotiations/${track}/rounds`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': WRITER_KEY },
        body: JSON.stringify(scheduleBody(i)),
      });
      if (res.status !== 201) throw new Error(`opening ${track}: ${res.status} ${await res.text()}`);
    }
    if (all) results.ingest = await measureIngest(stack, seconds, Number(process.env.BENCH_CEILING_PORT ?? 3901));
    step('freshness at 500/s');
    const freshness = await measureFreshness(stack, seconds, 500);
    results.freshness_p50 = freshness.p50;
    results.freshness_p99 = freshness.p99;
    step(`  ${freshness.p99.note}`);
    step('freshness at 2,000/s');
    const freshness2000 = await measureFreshness(stack, seconds, 2_000);
    results.freshness_2000_p50 = freshness2000.p50;
    results.freshness_2000_p99 = freshness2000.p99;
    step(`  ${freshness2000.p99.note}`);
    if (!all) return;
    step('queries');
    const queries = await measureQueries(stack, seconds, Number(process.env.BENCH_CEILING_PORT ?? 3901));
    results.query_status = queries.status;
    results.query_status_baseline = queries.statusBaseline;
    results.query_tension = queries.tension;
    results.memory_mb = measureMemory(stack);
  } finally {
    await stack.stop();
  }
}

async function measureBacklogs(
  results: Results,
  seconds: number,
  { projected, stored, rebuilt, relayOnly = false }: { projected: number; stored: number; rebuilt: number; relayOnly?: boolean },
): Promise<void> {
  step(relayOnly ? `relay over ${stored} stored events` : `relay, projector over ${stored} stored events`);
  const db = await migratedDatabase({ DATABASE_POOL_SIZE: '20' });
  try {
    const { relay, projector } = await measureRelayAndProjector(db.dataSource, db.resources, { relayed: RELAYED, projected, stored, relayOnly });
    results.relay = relay;
    if (!projector) return;
    results.projector = projector;
    // The projector has just filled the read models with its backlog's developments.
    step(`tension over the ${projected} developments the projector stored`);
    await db.dataSource.query(ANALYZE);
    const tension = await measureTension(db.dataSource, seconds);
    results.tension_dyad = tension.dyad;
    results.tension_overview = tension.overview;
    step(`rebuild of the first ${rebuilt}`);
    results.rebuild = await measureRebuild(db.dataSource, rebuilt);
    step(`as of new moments over the ${stored} stored events`);
    results.query_asof_p99 = await measureAsOf(db.dataSource);
    // The stack's processes are measured over the few events its loads write; these two over the whole log.
    step(`memory: npm run replay over the ${stored} stored events`);
    results.memory_mb = withPeak(results.memory_mb, 'replay', await replayPeakMb(db.resources));
    step(`memory: the api over the ${stored} stored events, its as-of engine warmed`);
    results.memory_mb = withPeak(results.memory_mb, 'api over the log', await apiOverTheLogPeakMb(db.resources, Number(process.env.BENCH_PORT ?? 3900)));
  } finally {
    await db.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
