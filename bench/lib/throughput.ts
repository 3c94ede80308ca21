/**
 * Runs `workers` loops of `step` for `seconds` and returns how many units per second they completed.
 * Each loop counts its own units after its await (never `n += await f()`, which loses counts when
 * loops interleave: the left-hand `n` is read before the await).
 */
export async function throughput(workers: number, seconds: number, step: (worker: number) => Promise<number>): Promise<number> {
  const deadline = performance.now() + seconds * 1_000;
  const started = performance.now();
  const done = await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      let units = 0;
      while (performance.now() < deadline) {
        const completed = await step(worker);
        units += completed;
      }
      return units;
    }),
  );
  const total = done.reduce((a, b) => a + b, 0);
  return Math.round(total / ((performance.now() - started) / 1_000));
}
