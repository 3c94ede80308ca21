import { statementBody } from '../lib/bodies';
import { load } from '../lib/load';
import { spawnTs, stopProcess } from '../../test/support/child-process';
import { peakRssMb, waitForHttp } from '../lib/processes';
import { Figure, compared } from '../lib/report';
import { BenchStack, WRITER_KEY } from '../lib/stack';

const statements = (url: string, seconds: number) =>
  load({ url: `${url}/api/v1/statements`, method: 'POST', seconds, body: statementBody, headers: { 'x-api-key': WRITER_KEY } });

/** RecordStatement through HTTP at 64 connections, beside a bare Fastify endpoint taking the same bodies. */
export async function measureIngest(stack: BenchStack, seconds: number, ceilingPort: number): Promise<{ ingest: Figure; memory: Figure }> {
  const bare = spawnTs('bench/lib/bare-fastify.ts', { PORT: String(ceilingPort) });
  const bareUrl = `http://127.0.0.1:${ceilingPort}`;
  await waitForHttp(bareUrl, bare);
  await statements(bareUrl, 2);
  const ceiling = await statements(bareUrl, seconds);
  await stopProcess(bare);

  await statements(stack.url, 3);
  const run = await statements(stack.url, seconds);
  if (run.errors > 0) process.stderr.write(`ingest: ${run.errors} requests failed\n`);
  return {
    ingest: compared(run.requestsPerSecond, 'commands/s', 'bare Fastify', ceiling.requestsPerSecond, { p50Ms: run.p50Ms, p99Ms: run.p99Ms }),
    memory: { value: peakRssMb(stack.api.pid!), unit: 'MB peak RSS (api + relay process)' },
  };
}
