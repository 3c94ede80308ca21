import { spawnTs, stopProcess } from '../../test/support/child-process';
import { TRACKS } from '../lib/bodies';
import { load } from '../lib/load';
import { waitForHttp } from '../lib/processes';
import { Figure, compared } from '../lib/report';
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

/**
 * A bare Fastify GET reading the same documents by key from the same database (bench/lib/bare-fastify.ts),
 * at the same load: what one row by key costs over HTTP on this machine with nothing of Parley around it.
 */
async function bareStatus(stack: BenchStack, seconds: number, port: number) {
  const bare = spawnTs('bench/lib/bare-fastify.ts', { PORT: String(port), DATABASE_URL: stack.resources.databaseUrl });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(url, bare);
    const run = (s: number) => load({ url, seconds: s, path: () => `/api/v1/negotiations/${pick(TRACKS)}` });
    await run(2);
    return await run(seconds);
  } finally {
    await stopProcess(bare);
  }
}

/** GET negotiation status of random tracks beside the bare GET of one row, and GET tension (every dyad), at 64 connections. */
export async function measureQueries(
  stack: BenchStack,
  seconds: number,
  baselinePort: number,
): Promise<{ status: Figure; statusBaseline: Figure; tension: Figure }> {
  await stack.settle();
  await stack.db.query(ANALYZE);
  const baseline = await bareStatus(stack, seconds, baselinePort);
  const status = (s: number) => load({ url: stack.url, seconds: s, path: () => `/api/v1/negotiations/${pick(TRACKS)}` });
  await status(2);
  const run = figure(await status(seconds));
  const statusBaseline = figure(baseline);
  const tension = (s: number) => load({ url: `${stack.url}/api/v1/tension`, seconds: s });
  await tension(2);
  return {
    status: { ...compared(run.value ?? 0, run.unit, 'bare Fastify GET of one row', statusBaseline.value ?? 0), ...run },
    statusBaseline,
    tension: figure(await tension(seconds)),
  };
}
