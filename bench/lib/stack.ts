import { ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import { IsolatedResources, isolatedResources } from '../../test/support/isolated-resources';
import { spawnBuilt, stopProcess } from '../../test/support/child-process';
import { Backend, localPortsOf, waitForHttp } from './processes';

// Production, as the stack runs, wants keys of 32 characters or more; a bench key need not be secret.
export const WRITER_KEY = 'bench-writer-key-of-32-characters-at-least';

/** Parley as npm start and docker-compose run it, compiled: the API, the relay and the projector, a process each. */
export interface BenchStack {
  readonly url: string;
  readonly api: ChildProcess;
  /** Every process of the stack, by role: what the memory figure reads. */
  readonly processes: { readonly api: ChildProcess; readonly relay: ChildProcess; readonly projector: ChildProcess };
  readonly resources: IsolatedResources;
  readonly db: Client;
  /** The highest position every read model has applied. */
  appliedThrough(): Promise<number>;
  /** The highest position the relay has recorded as acknowledged by Kafka. */
  publishedThrough(): Promise<number>;
  headPosition(): Promise<number>;
  /** The PostgreSQL backends serving the stack's database now (bench/lib/processes.ts backendsCpuMs reads their CPU). */
  backendPids(): Promise<number[]>;
  /** The same, each with the process of the stack whose connection it serves (`other`: the bench's own). */
  backends(): Promise<Backend[]>;
  /** Waits until the read models have applied everything written so far. */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

/** Service settings for the benchmark: production mode, quiet logs, the default six partitions. */
export const benchEnv = (resources: IsolatedResources): Record<string, string> => ({
  ...resources.env,
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  API_KEYS: WRITER_KEY,
  KAFKA_PARTITIONS: '6',
  DATABASE_POOL_SIZE: '20',
  // The load generator is one client on one address: the abuse limits would measure themselves. The
  // limiter keeps every hit of its window and filters them on each request, so the window is a second,
  // which keeps as many hits as the default limits (1,200 and 600 a minute) ever let it keep.
  RATE_LIMIT_PER_IP: '1000000000',
  RATE_LIMIT_PER_KEY: '1000000000',
  RATE_LIMIT_WINDOW_MS: '1000',
});

export async function startStack(port: number): Promise<BenchStack> {
  const resources = await isolatedResources();
  const env = benchEnv(resources);
  const api = spawnBuilt('api', { ...env, PORT: String(port), PARLEY_COMPONENTS: 'api' });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/api/v1/negotiations`, api);
  // Started once the API has migrated the database, so they never wait on its migration lock. The
  // relay's /metrics on a port the system chooses: nothing here reads it.
  const relay = spawnBuilt('api', { ...env, PORT: '0', PARLEY_COMPONENTS: 'relay' });
  const projector = spawnBuilt('projector', env);
  const db = new Client({ connectionString: resources.databaseUrl });
  await db.connect();
  const scalar = async (sql: string) => Number((await db.query(sql)).rows[0]?.n ?? 0);
  const appliedThrough = () =>
    scalar(`SELECT min(g.applied_through) AS n FROM projections p JOIN read_model_generations g USING (generation)`);
  const headPosition = () => scalar(`SELECT position AS n FROM event_log_head`);
  const publishedThrough = () => scalar(`SELECT published AS n FROM relay_cursor`);
  const dbName = new URL(resources.databaseUrl).pathname.slice(1);
  const backendRows = async () =>
    (await db.query(`SELECT pid, client_port FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [dbName])).rows as { pid: number; client_port: number }[];
  const backendPids = async () => (await backendRows()).map((r) => r.pid);
  const processes = { api, relay, projector };
  const backends = async () => {
    const ports = Object.entries(processes).map(([role, child]) => [role, localPortsOf(child.pid!)] as const);
    return (await backendRows()).map(({ pid, client_port }) => ({ pid, serves: ports.find(([, own]) => own.has(client_port))?.[0] ?? 'other' }));
  };
  return {
    url,
    api,
    processes,
    resources,
    db,
    appliedThrough,
    publishedThrough,
    headPosition,
    backendPids,
    backends,
    async settle() {
      const head = await headPosition();
      while ((await appliedThrough()) < head) await new Promise((r) => setTimeout(r, 100));
    },
    async stop() {
      await db.end();
      await Promise.all([stopProcess(api), stopProcess(relay), stopProcess(projector)]);
      await resources.remove();
    },
  };
}
