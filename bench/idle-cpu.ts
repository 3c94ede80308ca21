import { loadConfig } from '@parley/config';
import { cpuMs, localBrokerPid } from './lib/processes';
import { startStack } from './lib/stack';

/**
 * `BENCH_PORT=<p> node -r @swc-node/register bench/idle-cpu.ts [seconds=10]`: the CPU each process of the
 * stack, and the Kafka broker when it runs on this machine, spends a second with nothing to do, after
 * 8 s to settle: what a deployment pays for standing by, and what every busy second pays besides its work.
 */
async function main(): Promise<void> {
  const seconds = Number(process.argv[2] ?? 10);
  const stack = await startStack(Number(process.env.BENCH_PORT));
  try {
    await new Promise((r) => setTimeout(r, 8_000));
    const { api, relay, projector } = stack.processes;
    const broker = localBrokerPid(loadConfig(process.env).kafka.brokers);
    const pids = { api: api.pid!, relay: relay.pid!, projector: projector.pid!, ...(broker ? { broker } : {}) };
    const before = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuMs(pid)]));
    await new Promise((r) => setTimeout(r, seconds * 1_000));
    const perSecond = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, Math.round((cpuMs(pid) - before[name]) / seconds)]));
    console.log(JSON.stringify({ seconds, cpuMsPerSecond: perSecond }));
  } finally {
    await stack.stop();
  }
}

void main();
