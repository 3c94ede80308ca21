import { TRACKS } from '../lib/bodies';
import { load } from '../lib/load';
import { Figure } from '../lib/report';
import { ANALYZE } from '../lib/analyze';
import { BenchStack } from '../lib/stack';

const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)];
const figure = (r: Awaited<ReturnType<typeof load>>): Figure => ({
  value: r.requestsPerSecond,
  unit: 'requests/s',
  p50Ms: r.p50Ms,
  p99Ms: r.p99Ms,
  // autocannon gives up on a request after 10 s: a slow endpoint shows here, not in its latency.
  ...(r.errors > 0 ? { note: `${r.errors} requests failed or timed out` } : {}),
});

/** GET negotiation status of random tracks, and GET tension (every dyad), at 64 connections. */
export async function measureQueries(stack: BenchStack, seconds: number): Promise<{ status: Figure; tension: Figure }> {
  await stack.settle();
  await stack.db.query(ANALYZE);
  const status = (s: number) => load({ url: stack.url, seconds: s, path: () => `/api/v1/negotiations/${pick(TRACKS)}` });
  await status(2);
  const statusFigure = figure(await status(seconds));
  const tension = (s: number) => load({ url: `${stack.url}/api/v1/tension`, seconds: s });
  await tension(2);
  return { status: statusFigure, tension: figure(await tension(seconds)) };
}
