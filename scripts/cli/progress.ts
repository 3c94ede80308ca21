import { Presets, SingleBar } from 'cli-progress';

export interface Progress {
  /** `done` more of the total are through. */
  advance(done: number): void;
  stop(): void;
}

/** A bar with how many are through, the rate so far and the time left at that rate: `██░░ 40000/120000 rows | 21345/s | ETA 4s`. */
export function progressBar(total: number, unit: string): Progress {
  const bar = new SingleBar({ format: `{bar} {value}/{total} ${unit} | {rate}/s | ETA {eta_formatted}`, etaBuffer: 20 }, Presets.shades_classic);
  const started = performance.now();
  let value = 0;
  bar.start(total, 0, { rate: 0 });
  return {
    advance(done) {
      value += done;
      bar.update(value, { rate: Math.round(value / Math.max((performance.now() - started) / 1_000, 0.001)) });
    },
    stop: () => bar.stop(),
  };
}
