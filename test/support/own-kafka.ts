import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

const ROOT = resolve(__dirname, '../..');

/** A port nothing listens on now, picked by the system. */
export const freePort = () =>
  new Promise<number>((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
    server.on('error', fail);
  });

/** A Kafka broker of its own, on its own ports and data dir, for tests that stop it: never the shared one. */
export interface OwnKafka {
  readonly brokers: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  remove(): Promise<void>;
}

/** scripts/kafka.sh with the given variables. */
const kafkaScript = (env: Record<string, string>) => async (...args: string[]) => {
  await promisify(execFile)('bash', ['scripts/kafka.sh', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
};

export async function ownKafka(): Promise<OwnKafka> {
  const [port, controllerPort] = [await freePort(), await freePort()];
  const dataDir = await mkdtemp(join(tmpdir(), 'parley-kafka-'));
  const run = kafkaScript({
    KAFKA_DATA_DIR: dataDir,
    KAFKA_PORT: String(port),
    KAFKA_CONTROLLER_PORT: String(controllerPort),
    KAFKA_HEAP_OPTS: '-Xms128m -Xmx256m',
  });
  await run('start');
  return {
    brokers: `127.0.0.1:${port}`,
    start: () => run('start'),
    stop: () => run('stop'),
    async remove() {
      await run('stop');
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** `count` consecutive ports nothing listens on now: the cluster's nodes take theirs from a base port. */
async function freePortRange(count: number): Promise<number> {
  for (;;) {
    const base = await freePort();
    const taken = await Promise.all(
      Array.from({ length: count - 1 }, (_, i) =>
        new Promise<boolean>((done) => {
          const server = createServer()
            .once('error', () => done(true))
            .listen(base + 1 + i, '127.0.0.1', () => server.close(() => done(false)));
        }),
      ),
    );
    if (base + count <= 65_535 && !taken.includes(true)) return base;
  }
}

/** The three-broker cluster of scripts/kafka.sh on ports and data dirs of its own, for a test that kills one. */
export interface OwnKafkaCluster {
  /** The bootstrap list, for KAFKA_BROKERS. */
  readonly brokers: string;
  /** Kills node `id` (its Kafka node id) with SIGKILL, as a crash would. */
  kill(id: number): Promise<void>;
  /** Starts whichever nodes do not run, and waits until they serve. */
  start(): Promise<void>;
  remove(): Promise<void>;
}

export async function ownKafkaCluster(): Promise<OwnKafkaCluster> {
  const NODES = [1, 2, 3];
  const base = await freePortRange(2 * NODES.length);
  const clusterDir = await mkdtemp(join(tmpdir(), 'parley-kafka-cluster-'));
  const run = kafkaScript({ KAFKA_CLUSTER_DIR: clusterDir, KAFKA_CLUSTER_BASE_PORT: String(base), KAFKA_STOP_TIMEOUT: '10' });
  await run('cluster', 'start');
  return {
    brokers: NODES.map((id) => `127.0.0.1:${base + 2 * (id - 1)}`).join(','),
    async kill(id) {
      const pid = Number(await readFile(join(clusterDir, `node-${id}`, 'kafka.pid'), 'utf8'));
      process.kill(pid, 'SIGKILL');
      while (await alive(pid)) await sleep(50);
    },
    start: () => run('cluster', 'start'),
    async remove() {
      await run('cluster', 'stop');
      await rm(clusterDir, { recursive: true, force: true });
    },
  };
}

/** Whether the process still exists; a killed one is gone once its parent, the script's shell, reaped it. */
const alive = async (pid: number) => {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z /.test(stat);
  } catch {
    return false;
  }
};
