import { statementBody, scheduleBody, TRACKS } from './lib/bodies';
import { load } from './lib/load';
import { loadConfig } from '@parley/config';
import { backendsCpuMsBy, cpuMs, localBrokerPid } from './lib/processes';
import { WRITER_KEY, startStack } from './lib/stack';

/**
 * `BENCH_PORT=<p> node -r @swc-node/register bench/ingest-cpu.ts [rate] [seconds] [rounds]`: the
 * ingest figure's load (POST statements, 64 connections) on the stack as the bench starts it, once at a
 * fixed rate and once open, each after the read models caught up, with the CPU a command cost each
 * process: the api, the relay, the projector and the PostgreSQL backends serving this database
 * (/proc/<pid>/stat), in all and by the process whose connection each serves (`pgByProcess`; `other`
 * is the bench's own); the Kafka broker's, when it runs on this machine (`brokerMs`, null otherwise;
 * a broker others use too counts their work as well); and the load generator's, this process's own
 * (`loadMs`). CPU per command holds on a busy machine where the rates do not.
 */

async function main(): Promise<void> {
  const [rate = 300, seconds = 10, rounds = 2] = process.argv.slice(2).map(Number);
  const stack = await startStack(Number(process.env.BENCH_PORT));
  const broker = localBrokerPid(loadConfig(process.env).kafka.brokers);
  try {
    for (const [i, track] of TRACKS.entries()) {
      await fetch(`${stack.url}/api/v1/negotiations/${track}/rounds`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': WRITER_KEY },
        body: JSON.stringify(scheduleBody(i)),
      });
    }
    const statements = (s: number, r?: number) =>
      load({ url: `${stack.url}/api/v1/statements`, method: 'POST', seconds: s, rate: r, body: statementBody, headers: { 'x-api-key': WRITER_KEY } });
    await statements(3);
    for (let round = 0; round < rounds; round++) {
      for (const r of [rate, undefined]) {
        await stack.settle();
        const procs = stack.processes;
        const before = { api: cpuMs(procs.api.pid!), relay: cpuMs(procs.relay.pid!), projector: cpuMs(procs.projector.pid!), broker: broker && cpuMs(broker), load: process.cpuUsage() };
        const head0 = await stack.headPosition();
        let result!: Awaited<ReturnType<typeof statements>>;
        const pg = await backendsCpuMsBy(stack.backends, async () => (result = await statements(seconds, r)));
        const head1 = await stack.headPosition();
        const n = result.requestsPerSecond * seconds;
        const per = (ms: number) => (ms / n).toFixed(3);
        console.log(
          JSON.stringify({
            rate: r ?? 'open',
            rps: result.requestsPerSecond,
            p50: result.p50Ms,
            p99: result.p99Ms,
            errors: result.errors,
            events: head1 - head0,
            apiMs: per(cpuMs(procs.api.pid!) - before.api),
            pgMs: per(Object.values(pg).reduce((sum, ms) => sum + ms, 0)),
            // PostgreSQL's share by the process whose statements it served.
            pgByProcess: Object.fromEntries(Object.entries(pg).map(([serves, ms]) => [serves, per(ms)])),
            relayMs: per(cpuMs(procs.relay.pid!) - before.relay),
            projectorMs: per(cpuMs(procs.projector.pid!) - before.projector),
            brokerMs: broker && per(cpuMs(broker) - before.broker!),
            loadMs: per(Object.values(process.cpuUsage(before.load)).reduce((sum, us) => sum + us, 0) / 1000),
          }),
        );
      }
    }
  } finally {
    await stack.stop();
  }
}
void main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
