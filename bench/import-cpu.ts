import { BATCH, gdeltBatches, importBatches } from './figures/import';
import { backendsCpuMs, cpuMs } from './lib/processes';
import { startStack } from './lib/stack';

/**
 * `BENCH_PORT=<p> node -r @swc-node/register bench/import-cpu.ts [batches] [rounds]`: the import figure's
 * load (`batches` requests of 10,000 GDELT-like developments, two in flight) on the stack as the bench
 * starts it, `rounds` times, each after the read models caught up, with the CPU a development cost each
 * process (/proc/<pid>/stat): the api until the last answer, the PostgreSQL backends serving this database
 * until the last answer and until the read models applied it, the relay and the projector until then.
 */

async function main(): Promise<void> {
  const [batches = 3, rounds = 2] = process.argv.slice(2).map(Number);
  const stack = await startStack(Number(process.env.BENCH_PORT));
  const pid = (role: keyof typeof stack.processes) => stack.processes[role].pid!;
  const cpu = () => ({ api: cpuMs(pid('api')), relay: cpuMs(pid('relay')), projector: cpuMs(pid('projector')) });
  try {
    await importBatches(stack, gdeltBatches(1));
    for (let round = 0; round < rounds; round++) {
      const bodies = gdeltBatches(batches);
      await stack.settle();
      const before = cpu();
      const start = performance.now();
      let stored!: Awaited<ReturnType<typeof importBatches>>;
      let answered!: ReturnType<typeof cpu>;
      let pgStored = 0;
      const pgAll = await backendsCpuMs(stack.backendPids, async () => {
        pgStored = await backendsCpuMs(stack.backendPids, async () => (stored = await importBatches(stack, bodies)));
        answered = cpu();
        while ((await stack.appliedThrough()) < stored.last) await new Promise((r) => setTimeout(r, 50));
      });
      const projectedMs = performance.now() - start;
      const after = cpu();
      const n = batches * BATCH;
      const per = (ms: number) => (ms / n).toFixed(3);
      console.log(
        JSON.stringify({
          developments: n,
          refused: stored.refused,
          storedPerS: Math.round(n / (stored.storedMs / 1_000)),
          projectedPerS: Math.round(n / (projectedMs / 1_000)),
          apiMs: per(answered.api - before.api),
          pgStoredMs: per(pgStored),
          pgMs: per(pgAll),
          relayMs: per(after.relay - before.relay),
          projectorMs: per(after.projector - before.projector),
        }),
      );
    }
  } finally {
    await stack.stop();
  }
}
void main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
