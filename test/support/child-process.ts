import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';

/**
 * A TypeScript entry point (apps/…/main.ts) run in its own Node process, decorators and path aliases
 * compiled by swc on load. BENCH_CPU_PROF=<dir> has the process write a CPU profile there on exit.
 */
export function spawnTs(entry: string, env: Record<string, string>): ChildProcess {
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  return spawn(process.execPath, [...profile, '-r', '@swc-node/register', entry], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

/** Stops the process (SIGTERM, or `signal`) and waits until it has exited. */
export async function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
