/**
 * Rebuild throughput and as-of latency over a large history, on the real PostgreSQL:
 *   npm run bench:replay [-- <events, 100000 by default>]
 * Makes a database of its own (parley_bench_replay), seeds it straight into the events table, rebuilds
 * every read model from the store, then times as-of queries cold, cached, and after late events.
 */
import { loadConfig } from '@parley/config';
import { dataSourceOptions, openDatabase } from '@parley/database';
import { PgEventStore } from '@parley/event-store';
import { DevelopmentsAsOf, HighWaterMark, HistoricalDocuments, PgDocumentReader, ProjectionWriter } from '@parley/read-model-store';
import { getTrackStatus, listExchanges, listStatements } from '@parley/read-models';
import { Generations, ProjectionRebuilder, RebuildLedger, projectionsNamed } from '@parley/replay';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { appendRounds, roundOfTalks } from '../test/support/history';

const EVENTS = Number(process.argv[2] ?? 100_000);
const ROUNDS = Math.ceil(EVENTS / 5);
const SEED_BATCH = 10_000;
const base = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/parley');

const ms = (from: number) => `${(performance.now() - from).toFixed(0)} ms`;

async function seed(dataSource: DataSource): Promise<void> {
  const rows = Array.from({ length: ROUNDS }, (_, n) => roundOfTalks(n)).flat();
  for (let i = 0; i < rows.length; i += SEED_BATCH) {
    const batch = rows.slice(i, i + SEED_BATCH);
    await dataSource.query(
      `INSERT INTO events (position, event_id, stream_id, stream_version, type, schema_version, data, metadata, occurred_at)
       SELECT p, gen_random_uuid(), s, v, t, 1, d, '{}', o
       FROM unnest($1::bigint[], $2::text[], $3::int[], $4::text[], $5::jsonb[], $6::timestamptz[]) AS x(p, s, v, t, d, o)`,
      [
        batch.map((_, j) => i + j + 1),
        batch.map((r) => r.streamId),
        batch.map((r) => r.expectedVersion + 1),
        batch.map((r) => r.event.type),
        batch.map((r) => JSON.stringify(r.event.data)),
        batch.map((r) => r.event.occurredAt),
      ],
    );
  }
  await dataSource.query(`UPDATE event_log_head SET position = $1`, [rows.length]);
}

async function main(): Promise<void> {
  const url = new URL(base.toString());
  url.pathname = '/parley_bench_replay';
  const admin = new Client({ connectionString: new URL('/postgres', base).toString() });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS parley_bench_replay WITH (FORCE)');
  const config = loadConfig({ DATABASE_URL: url.toString() });
  const dataSource = await openDatabase({ ...dataSourceOptions(config), logging: false });
  try {
    const store = new PgEventStore(dataSource);
    const writer = new ProjectionWriter(dataSource);
    const rebuilder = new ProjectionRebuilder(store, writer, new Generations(dataSource, store, writer), new RebuildLedger(dataSource));
    await writer.register();

    let t = performance.now();
    await seed(dataSource);
    console.log(`seeded ${await store.headPosition()} events in ${ms(t)}`);

    const report = await (await rebuilder.fromStore(projectionsNamed('all'))).finished;
    console.log(`rebuild of every read model from the store: ${report.events} events in ${report.seconds.toFixed(2)} s = ${report.eventsPerSecond} events/s`);

    const history = new HistoricalDocuments(store, new DevelopmentsAsOf(store, new PgDocumentReader(dataSource), new HighWaterMark(dataSource)));
    t = performance.now();
    await history.warmUp();
    console.log(`as-of checkpoints folded from the whole log (done in the background at start): ${ms(t)}`);
    const moment = { asOf: roundOfTalks(Math.floor(ROUNDS / 2))[0].event.occurredAt };
    const ask = async (label: string, clocks: { asOf?: string; knownAt?: string }) => {
      t = performance.now();
      const reader = await history.at(clocks);
      await getTrackStatus(reader, 't-1');
      await listStatements(reader, { limit: 100 });
      await listExchanges(reader, { trackId: 't-1' });
      console.log(`as-of ${label}: ${ms(t)}`);
    };
    await ask(`asOf=${moment.asOf} (mid-history), first question`, moment);
    await ask('the same moment again (cached fold)', moment);
    await appendRounds(store, ROUNDS, ROUNDS + 20, 4);
    await ask('the same moment after 100 more events (folds only those)', moment);
    await ask(`asOf=${roundOfTalks(Math.floor(ROUNDS / 4))[0].event.occurredAt} (a quarter in), first question`, { asOf: roundOfTalks(Math.floor(ROUNDS / 4))[0].event.occurredAt });
    await ask(`knownAt=now, first question`, { knownAt: new Date().toISOString() });
    await ask(`asOf mid-history and knownAt=now together, first question`, { ...moment, knownAt: new Date().toISOString() });
    t = performance.now();
    await getTrackStatus(new PgDocumentReader(dataSource), 't-1');
    console.log(`live read of one track for comparison: ${ms(t)}`);
  } finally {
    await dataSource.destroy();
    await admin.query('DROP DATABASE IF EXISTS parley_bench_replay WITH (FORCE)');
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
