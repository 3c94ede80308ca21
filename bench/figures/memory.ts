import { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { spawnBuilt, stopProcess } from '../../test/support/child-process';
import { IsolatedResources } from '../../test/support/isolated-resources';
import { TRACKS } from '../lib/bodies';
import { peakRssMb, waitForHttp } from '../lib/processes';
import { Figure } from '../lib/report';
import { BenchStack, benchEnv } from '../lib/stack';

const UNIT = 'MB peak RSS (the largest Parley process)';

/** The memory figure with one more process's peak RSS, under `role`: the figure is the largest. */
export function withPeak(figure: Figure | undefined, role: string, mb: number): Figure {
  const limits = { ...figure?.limits, [role]: mb };
  return { value: Math.max(...Object.values(limits)), unit: UNIT, limits };
}

/** The peak RSS of each process of the stack, after every load over HTTP. */
export function measureMemory(stack: BenchStack): Figure {
  return Object.entries(stack.processes).reduce<Figure | undefined>((figure, [role, child]) => withPeak(figure, role, peakRssMb(child.pid!)), undefined)!;
}

/** Reads a process's VmHWM every 100 ms until `stop` ends, and once more then: its peak, short of its last 100 ms if it has exited. */
async function peakDuring(child: ChildProcess, stop: Promise<unknown>): Promise<number> {
  let peak = 0;
  const read = () => {
    try {
      peak = Math.max(peak, peakRssMb(child.pid!) || 0);
    } catch {
      // It has exited: its peak is the last one read.
    }
  };
  const watch = setInterval(read, 100);
  try {
    await stop;
    read();
    return peak;
  } finally {
    clearInterval(watch);
  }
}

/**
 * `npm run replay -- --projection all` over every stored event: the built command in a process of its
 * own, with its heap settings. Its peak RSS.
 */
export async function replayPeakMb(resources: IsolatedResources): Promise<number> {
  const replay = spawnBuilt('replay', { ...benchEnv(resources), LOG_LEVEL: 'warn' }, ['--projection', 'all']);
  const exited = once(replay, 'exit') as Promise<[number | null]>;
  const peak = await peakDuring(replay, exited);
  const [code] = await exited;
  if (code !== 0) throw new Error(`npm run replay exited with ${code}`);
  return peak;
}

/**
 * The api as npm start runs it over every stored event, until it has answered questions about the past
 * of each kind of read model: its as-of engine folds the small read models' checkpoints at start (a
 * track's status as of a moment waits for that), and reads the developments as of a moment from
 * PostgreSQL. Its peak RSS meanwhile.
 */
export async function apiOverTheLogPeakMb(resources: IsolatedResources, port: number): Promise<number> {
  const api = spawnBuilt('api', { ...benchEnv(resources), PORT: String(port), PARLEY_COMPONENTS: 'api' });
  try {
    const base = `http://127.0.0.1:${port}/api/v1`;
    await waitForHttp(`${base}/negotiations`, api, 120_000);
    const knownAt = new Date(Date.now() - 60_000).toISOString();
    // A track the log may not hold then answers 404: an answer all the same, once its fold is done.
    const questions = [
      { url: `${base}/developments?asOf=2025-06-01T00:00:00Z&limit=50`, answers: [200] },
      { url: `${base}/developments?knownAt=${knownAt}&limit=50`, answers: [200] },
      { url: `${base}/negotiations/${TRACKS[0]}?asOf=2025-06-01T00:00:00Z`, answers: [200, 404] },
      { url: `${base}/tension?asOf=2025-06-01T00:00:00Z`, answers: [200] },
    ];
    const asked = (async () => {
      for (const { url, answers } of questions) {
        const res = await fetch(url);
        if (!answers.includes(res.status)) throw new Error(`${url}: ${res.status} ${await res.text()}`);
      }
    })();
    return await peakDuring(api, asked);
  } finally {
    await stopProcess(api);
  }
}
