import { PgEventStore } from '@parley/event-store';
import { Clocks, DevelopmentsAsOf, HighWaterMark, HistoricalDocuments, PgDocumentReader } from '@parley/read-model-store';
import { NEGOTIATION_STATUS, REGISTERED_ACTORS, getTrackStatus, listDevelopments } from '@parley/read-models';
import { DataSource } from 'typeorm';
import { TRACKS } from '../lib/bodies';
import { Figure } from '../lib/report';

const SAMPLES = 20;
const DEVELOPMENT_SAMPLES = 5;

const quantile = (took: readonly number[], q: number) => {
  const sorted = [...took].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] * 10) / 10;
};

/** `count` moments spread evenly over (from, to], none asked before: a fold of its own for each. */
const moments = (from: Date, to: Date, count: number) =>
  Array.from({ length: count }, (_, i) => new Date(from.getTime() + ((i + 0.5) / count) * (to.getTime() - from.getTime())).toISOString());

/**
 * A track's status (GET /api/v1/negotiations/{track}?asOf=…) as of moments never asked before, and
 * then with knownAt, over every stored event: the API's as-of engine (HistoricalDocuments) with its
 * checkpoints of the read models a status reads folded first, as the API does for all in the background
 * at start. The figure is the larger p99. Its note adds the developments' latest page as of a few new
 * moments, which the engine reads from PostgreSQL.
 */
export async function measureAsOf(dataSource: DataSource): Promise<Figure> {
  const store = new PgEventStore(dataSource);
  const history = new HistoricalDocuments(store, new DevelopmentsAsOf(store, new PgDocumentReader(dataSource), new HighWaterMark(dataSource)));
  const warmStart = performance.now();
  // The read models a status reads; the others' checkpoints are no part of its answer, only of the API's memory.
  await history.warmUp([NEGOTIATION_STATUS, REGISTERED_ACTORS]);
  const warmSeconds = Math.round((performance.now() - warmStart) / 100) / 10;
  const heapMb = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
  const [span] = await dataSource.query(
    `SELECT count(*)::int AS n, min(occurred_at) AS o1, max(occurred_at) AS o2, min(recorded_at) AS r1, max(recorded_at) AS r2 FROM events`,
  );
  const timed = async (clocks: readonly Clocks[]) => {
    // One question first, untimed, of a moment outside the samples: the API that answers them has run before.
    const [first] = clocks;
    await getTrackStatus(await history.at({ asOf: first.asOf && span.o1.toISOString(), knownAt: first.knownAt && span.r1.toISOString() }), TRACKS[0]);
    const took: number[] = [];
    for (const [i, c] of clocks.entries()) {
      const start = performance.now();
      await getTrackStatus(await history.at(c), TRACKS[i % TRACKS.length], (c.asOf ?? c.knownAt) as string);
      took.push(performance.now() - start);
    }
    return { p50: quantile(took, 0.5), p99: quantile(took, 0.99) };
  };
  const asOf = await timed(moments(span.o1, span.o2, SAMPLES).map((at) => ({ asOf: at })));
  const knownAt = await timed(moments(span.r1, span.r2, SAMPLES).map((at) => ({ knownAt: at })));
  // The developments' latest page as of a few new moments: read from PostgreSQL, as a live page is.
  const page = async (clocks: readonly Clocks[]) => {
    const took: number[] = [];
    for (const c of clocks) {
      const start = performance.now();
      await listDevelopments(await history.at(c), { limit: 50 });
      took.push(performance.now() - start);
    }
    return { p50: quantile(took, 0.5), max: quantile(took, 1) };
  };
  const pageAsOf = await page(moments(span.o1, span.o2, DEVELOPMENT_SAMPLES).map((at) => ({ asOf: at })));
  const pageKnownAt = await page(moments(span.r1, span.r2, DEVELOPMENT_SAMPLES).map((at) => ({ knownAt: at })));
  return {
    value: Math.max(asOf.p99, knownAt.p99),
    unit: 'ms p99 (the larger of asOf and knownAt)',
    note:
      `over ${span.n} events, ${SAMPLES} new moments each: asOf p50 ${asOf.p50} ms, p99 ${asOf.p99} ms; knownAt p50 ${knownAt.p50} ms, p99 ${knownAt.p99} ms; ` +
      `checkpoints folded in ${warmSeconds} s, heap ${heapMb} MB; ` +
      `the developments' latest 50, ${DEVELOPMENT_SAMPLES} new moments each: asOf p50 ${pageAsOf.p50} ms, max ${pageAsOf.max} ms; knownAt p50 ${pageKnownAt.p50} ms, max ${pageKnownAt.max} ms`,
  };
}
