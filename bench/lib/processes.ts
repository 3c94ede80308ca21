import { ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';

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

/** A PostgreSQL backend, and whose connection it serves (a process's role, or `other`). */
export interface Backend {
  readonly pid: number;
  readonly serves: string;
}

/**
 * The CPU PostgreSQL's backends serving one database spend while `run` runs, in ms, by whom each
 * serves: each backend's CPU read every 100 ms, so one the pool opens or closes meanwhile still counts
 * for what it was seen to use.
 */
export async function backendsCpuMsBy(backends: () => Promise<Backend[]>, run: () => Promise<unknown>): Promise<Record<string, number>> {
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  const serves = new Map<number, string>();
  const sample = async () => {
    for (const { pid, serves: whom } of await backends()) {
      const used = cpuMs(pid);
      if (!first.has(pid)) first.set(pid, used);
      if (used > 0) last.set(pid, used);
      serves.set(pid, whom);
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
  const by: Record<string, number> = {};
  for (const [pid, used] of last) by[serves.get(pid)!] = (by[serves.get(pid)!] ?? 0) + used - (first.get(pid) ?? 0);
  return by;
}

/** The same, all backends together. */
export async function backendsCpuMs(pids: () => Promise<number[]>, run: () => Promise<unknown>): Promise<number> {
  const by = await backendsCpuMsBy(async () => (await pids()).map((pid) => ({ pid, serves: 'all' })), run);
  return by.all ?? 0;
}

/** The socket inodes among a process's file descriptors (none for a process gone or not ours to read). */
function socketInodesOf(pid: number): Set<string> {
  const inodes = new Set<string>();
  let fds: string[] = [];
  try {
    fds = readdirSync(`/proc/${pid}/fd`);
  } catch {
    return inodes;
  }
  for (const fd of fds) {
    try {
      const socket = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (socket) inodes.add(socket[1]);
    } catch {
      // Closed since the directory was read.
    }
  }
  return inodes;
}

/** The lines of /proc/net/tcp and tcp6 as [local port, state, inode]. */
function tcpSockets(): [number, string, string][] {
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((table) =>
    readFileSync(table, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields.length > 9)
      .map((fields): [number, string, string] => [parseInt(fields[1].split(':')[1], 16), fields[3], fields[9]]),
  );
}

const LISTEN = '0A';

/**
 * The process on this machine that listens on a TCP port (Linux: the listening socket's inode found
 * among every process's file descriptors), or null: the Kafka broker, whose CPU a command costs too.
 */
function listenerPid(port: number): number | null {
  const listening = new Set(tcpSockets().filter(([local, state]) => local === port && state === LISTEN).map(([, , inode]) => inode));
  if (listening.size === 0) return null;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    for (const inode of socketInodesOf(Number(entry))) if (listening.has(inode)) return Number(entry);
  }
  return null;
}

/** The Kafka broker's process, when the first of `brokers` (host:port) is on this machine; null otherwise. */
export function localBrokerPid(brokers: readonly string[]): number | null {
  const colon = brokers[0].lastIndexOf(':');
  const host = brokers[0].slice(0, colon);
  return ['127.0.0.1', 'localhost', '[::1]'].includes(host) ? listenerPid(Number(brokers[0].slice(colon + 1))) : null;
}

/**
 * The local TCP ports of a process's sockets (Linux: the socket inodes among its file descriptors,
 * looked up in /proc/net/tcp and tcp6): a PostgreSQL backend's client port names the process it serves.
 */
export function localPortsOf(pid: number): Set<number> {
  const inodes = socketInodesOf(pid);
  return new Set(tcpSockets().filter(([, , inode]) => inodes.has(inode)).map(([port]) => port));
}
