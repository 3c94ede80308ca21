import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
// The heap settings npm start and the Docker image give every process (plain JavaScript, so required).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { heapFlags } = require('../../scripts/heap-flags.cjs') as { heapFlags: (components: string) => string[] };

/** Parley's api, projector or replay command as a process of its own, run from TypeScript, so a test can kill it or read what it printed. */
export interface ParleyProcess {
  readonly child: ChildProcess;
  /** Resolves with the signal or exit code the process ended with. */
  readonly exited: Promise<NodeJS.Signals | number | null>;
  output(): string;
}

export function spawnParley(app: 'api' | 'projector' | 'replay', env: Record<string, string>, args: string[] = []): ParleyProcess {
  return spawnNode(['-r', '@swc-node/register', `apps/${app}/src/main.ts`, ...args], env);
}

/**
 * The app as `nest build` compiled it (dist/apps/<app>/main.js), as npm start and the Docker image run
 * it, with their heap settings: what a measurement should see, without swc's compiler and compiled sources in the process.
 * BENCH_CPU_PROF=<dir> or BENCH_HEAP_PROF=<dir> has it write a CPU or heap sampling profile there on exit.
 */
export function spawnBuiltParley(app: 'api' | 'projector', env: Record<string, string>): ParleyProcess {
  const { BENCH_CPU_PROF: cpu, BENCH_HEAP_PROF: heap } = process.env;
  const profile = [...(cpu ? ['--cpu-prof', `--cpu-prof-dir=${cpu}`] : []), ...(heap ? ['--heap-prof', `--heap-prof-dir=${heap}`] : [])];
  return spawnNode([...heapFlags(env.PARLEY_COMPONENTS ?? app), ...profile, `dist/apps/${app}/main.js`], env);
}

function spawnNode(args: string[], env: Record<string, string>): ParleyProcess {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<NodeJS.Signals | number | null>((done) => child.on('exit', (code, signal) => done(signal ?? code)));
  return { child, exited, output: () => output };
}

/** Polls until `check` holds, failing with `what` after `timeoutMs`: for states reached by other processes. */
export async function eventually<T>(what: string, check: () => Promise<T | false | null | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await check().catch(() => false as const);
    if (result) return result;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
