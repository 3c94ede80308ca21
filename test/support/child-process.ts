import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';

/**
 * A TypeScript entry point (apps/…/main.ts) run in its own Node process, decorators and path aliases
 * compiled by swc on load. BENCH_CPU_PROF=<dir> has the process write a CPU profile there on exit.
 */
export const spawnTs = (entry: string, env: Record<string, string>, args: string[] = []): ChildProcess =>
  spawnNode(['-r', '@swc-node/register', entry, ...args], env);

// The heap settings npm start and the Docker image give every process (plain JavaScript, so required).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { heapFlags } = require('../../scripts/heap-flags.cjs') as { heapFlags: (components: string) => string[] };

/** A service or command as `nest build` compiled it (dist/apps/<app>/main.js), as npm start, npm run replay and the Docker image run it, with their heap settings. */
export const spawnBuilt = (app: string, env: Record<string, string>, args: string[] = []): ChildProcess =>
  spawnNode([...heapFlags(env.PARLEY_COMPONENTS ?? app), `dist/apps/${app}/main.js`, ...args], env);

function spawnNode(args: string[], env: Record<string, string>): ChildProcess {
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  return spawn(process.execPath, [...profile, ...args], {
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
