import { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Resolves once `url` answers at all (any status): the process is listening. */
export async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** The highest resident set size the process has had so far (Linux: VmHWM), in MB. */
export function peakRssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmHWM:'));
  return line ? Math.round(Number(line.replace(/\D+/g, '')) / 1024) : NaN;
}

/**
 * CPU time a process has used so far (Linux: user + system, /proc/<pid>/stat), in ms; 0 once it is
 * gone. Beside a rate it gives the CPU an event or a request costs, which holds on a busy machine
 * where the rates themselves move.
 */
export function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/**
 * The CPU PostgreSQL's backends serving one database spend while `run` runs, in ms: each backend's
 * CPU read every 100 ms, so one the pool opens or closes meanwhile still counts for what it was seen to use.
 */
export async function backendsCpuMs(pids: () => Promise<number[]>, run: () => Promise<unknown>): Promise<number> {
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  const sample = async () => {
    for (const pid of await pids()) {
      const used = cpuMs(pid);
      if (!first.has(pid)) first.set(pid, used);
      if (used > 0) last.set(pid, used);
    }
  };
  await sample();
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      await new Promise((r) => setTimeout(r, 100));
      await sample();
    }
  })();
  try {
    await run();
  } finally {
    sampling = false;
    await sampler;
    await sample();
  }
  return [...last].reduce((sum, [pid, used]) => sum + used - (first.get(pid) ?? 0), 0);
}
