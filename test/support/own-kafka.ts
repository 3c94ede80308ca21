import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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

export async function ownKafka(): Promise<OwnKafka> {
  const [port, controllerPort] = [await freePort(), await freePort()];
  const dataDir = await mkdtemp(join(tmpdir(), 'parley-kafka-'));
  const env = {
    ...process.env,
    KAFKA_DATA_DIR: dataDir,
    KAFKA_PORT: String(port),
    KAFKA_CONTROLLER_PORT: String(controllerPort),
    KAFKA_HEAP_OPTS: '-Xms128m -Xmx256m',
  };
  const run = async (command: 'start' | 'stop') => {
    await promisify(execFile)('bash', ['scripts/kafka.sh', command], { cwd: ROOT, env });
  };
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
