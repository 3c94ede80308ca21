import { statementBody } from '../lib/bodies';
import { load } from '../lib/load';
import { spawnTs, stopProcess } from '../../test/support/child-process';
import { cpuMs, waitForHttp } from '../lib/processes';
import { Figure, compared } from '../lib/report';
import { BenchStack, WRITER_KEY } from '../lib/stack';

const statements = (url: string, seconds: number) =>
  load({ url: `${url}/api/v1/statements`, method: 'POST', seconds, body: statementBody, headers: { 'x-api-key': WRITER_KEY } });

/** Runs the load and says, beside its result, how many ms of CPU the process spent on each answer. */
async function withCpu(pid: number, run: () => ReturnType<typeof statements>, seconds: number) {
  const before = cpuMs(pid);
  const result = await run();
  const perRequest = (cpuMs(pid) - before) / Math.max(1, result.requestsPerSecond * seconds);
  return { ...result, cpuMsPerRequest: Math.round(perRequest * 100) / 100 };
}

/** RecordStatement through HTTP at 64 connections, beside a bare Fastify endpoint taking the same bodies. */
export async function measureIngest(stack: BenchStack, seconds: number, ceilingPort: number): Promise<Figure> {
  const bare = spawnTs('bench/lib/bare-fastify.ts', { PORT: String(ceilingPort) });
  const bareUrl = `http://127.0.0.1:${ceilingPort}`;
  await waitForHttp(bareUrl, bare);
  await statements(bareUrl, 2);
  const ceiling = await withCpu(bare.pid!, () => statements(bareUrl, seconds), seconds);
  await stopProcess(bare);

  await statements(stack.url, 3);
  const run = await withCpu(stack.api.pid!, () => statements(stack.url, seconds), seconds);
  if (run.errors > 0) process.stderr.write(`ingest: ${run.errors} requests failed\n`);
  return compared(run.requestsPerSecond, 'commands/s', 'bare Fastify', ceiling.requestsPerSecond, {
    p50Ms: run.p50Ms,
    p99Ms: run.p99Ms,
    // CPU a command costs the api process, and a request the bare endpoint: the ratio that holds on a busy machine.
    limits: { 'api CPU ms/command': run.cpuMsPerRequest, 'bare CPU ms/request': ceiling.cpuMsPerRequest },
  });
}

