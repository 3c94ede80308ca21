/**
 * npm run soak -- --feeds 2000 [--seconds 30] [--rate 10]
 *
 * The live feed under load. Parley runs as child processes (the API with its relay, and the projector
 * apart), compiled and in production mode as npm start and the Docker image run it, on a database and a
 * topic of their own; BENCH_CPU_PROF=<dir> or BENCH_HEAP_PROF=<dir> profiles them. Statements are written at a steady rate for a while
 * with no feed open, then again with `--feeds` feeds open, from loopback addresses of 100 feeds each
 * (the default per-address limit), and the two runs' write latencies and the API process's peak memory
 * are compared. It also checks the limits (the next feed from a full address is 429, from a new one 503)
 * and that every feed received every event written while it was open. Exits non-zero when the p99 with
 * the feeds open is over twice the one without, memory over 300 MB, or a feed missed an event.
 * Loopback only. Not part of npm test.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { ClientRequest, IncomingMessage, get } from 'node:http';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { isolatedResources } from '../test/support/isolated-resources';
import { trumpOnTruthSocial } from '../test/support/istanbul';
import { freePort } from '../test/support/own-kafka';
import { ParleyProcess, eventually, spawnBuiltParley } from '../test/support/parley-process';
import { sample } from '../test/support/prometheus';

const FEEDS_PER_ADDRESS = 100;
const MEMORY_BUDGET_MB = 300;
const MAX_P99_RATIO = 2;
const WARM_UP_MS = 5_000;
// Production wants keys of 32 characters or more; a soak key need not be secret.
const WRITER_KEY = 'soak-writer-key-of-32-characters-at-least';

const argument = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (line: string) => process.stdout.write(`[soak feeds ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];

/** The resident memory of a process, in MB, from /proc. */
const residentMb = (pid: number): number => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/** CPU time a process has used, in seconds, from /proc (user and system, at 100 ticks a second). */
const cpuSeconds = (pid: number): number => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

/** Peak resident memory and CPU time of a process while `work` runs. */
async function measured<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; peakMb: number; cpuS: number }> {
  let peakMb = residentMb(pid);
  const cpuBefore = cpuSeconds(pid);
  const timer = setInterval(() => (peakMb = Math.max(peakMb, residentMb(pid))), 200);
  try {
    return { result: await work(), peakMb, cpuS: cpuSeconds(pid) - cpuBefore };
  } finally {
    clearInterval(timer);
  }
}

/** Statements written so far by this soak: each goes to a month of its own. */
let statementsWritten = 0;

/**
 * A statement made in a month no other statement of the soak was made in, going back from the end of
 * 2024 (for 1,200 writes; then the months come round again). Statements are kept in one stream per month that each write reads and folds, so statements
 * all made on one day would put the later phases' writes on a longer stream than the earlier ones':
 * the run with feeds open would be slower for a reason that has nothing to do with the feeds.
 */
function nextStatement(label: string): object {
  const n = statementsWritten++;
  const madeAt = new Date(Date.UTC(2024, 11 - (n % 1_200), 15, 12)).toISOString().replace('.000Z', 'Z');
  return { ...trumpOnTruthSocial, quote: `soak ${label} statement ${n}`, madeAt };
}

/** Writes statements at `rate` a second for `ms`; the latency of each answered 201, in ms. */
async function writeSteadily(base: string, rate: number, ms: number, label: string): Promise<{ latencies: number[]; failed: number }> {
  const latencies: number[] = [];
  let failed = 0;
  const inFlight: Promise<void>[] = [];
  const started = Date.now();
  for (let n = 0; Date.now() - started < ms; n++) {
    const due = started + (n * 1_000) / rate;
    await sleep(Math.max(0, due - Date.now()));
    const sent = performance.now();
    inFlight.push(
      fetch(`${base}/api/v1/statements`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-API-Key': WRITER_KEY },
        body: JSON.stringify(nextStatement(label)),
        signal: AbortSignal.timeout(30_000),
      }).then(
        async (response) => {
          await response.arrayBuffer();
          if (response.status === 201) latencies.push(performance.now() - sent);
          else failed++;
        },
        () => void failed++,
      ),
    );
  }
  await Promise.all(inFlight);
  return { latencies: latencies.sort((a, b) => a - b), failed };
}

/** A feed held open that counts the events it receives, without parsing them. */
interface Feed {
  readonly request: ClientRequest;
  received: number;
  status: number;
}

function openFeed(port: number, address: string): Promise<Feed> {
  return new Promise((resolve, reject) => {
    const feed = { received: 0, status: 0 } as Feed & { request: ClientRequest };
    let carry = '';
    feed.request = get({ host: '127.0.0.1', port, path: '/api/v1/events/live', localAddress: address, agent: false }, (response: IncomingMessage) => {
      feed.status = response.statusCode ?? 0;
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        const text = carry + chunk;
        feed.received += text.split('\ndata: ').length - 1;
        carry = text.slice(-6);
      });
      response.on('error', () => undefined);
      resolve(feed);
    });
    feed.request.on('error', reject);
  });
}

type HolderRequest = { open: { port: number; count: number } } | { count: true } | { try: { port: number; address: string } };
type HolderAnswer = { opened: number[] } | { received: number[] } | { status: number };

/**
 * The feeds' clients, in a process of their own: reading thousands of feeds in the process that times
 * the writes would time its own event loop. Opens them from 127.0.0.1 on, 100 an address.
 */
function holdFeeds(): void {
  const feeds: Feed[] = [];
  process.on('message', async (request: HolderRequest) => {
    if ('open' in request) {
      const { port, count } = request.open;
      for (let a = 0; a * FEEDS_PER_ADDRESS < count; a++) {
        const here = Math.min(FEEDS_PER_ADDRESS, count - a * FEEDS_PER_ADDRESS);
        feeds.push(...(await Promise.all(Array.from({ length: here }, () => openFeed(port, `127.0.0.${a + 1}`)))));
      }
      process.send!({ opened: feeds.map((f) => f.status) } satisfies HolderAnswer);
    } else if ('count' in request) {
      process.send!({ received: feeds.map((f) => f.received) } satisfies HolderAnswer);
    } else {
      const feed = await openFeed(request.try.port, request.try.address);
      feed.request.destroy();
      process.send!({ status: feed.status } satisfies HolderAnswer);
    }
  });
}

/** Starts the feeds' process; `ask` sends it a request and resolves with its answer. */
function feedHolder(): { child: ChildProcess; ask<A extends HolderAnswer>(request: HolderRequest): Promise<A> } {
  // At the lowest priority: in production the clients are elsewhere, here they share the machine's cores.
  const child = spawn('nice', ['-n', '19', process.execPath, '-r', '@swc-node/register', __filename, '--hold-feeds'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return {
    child,
    ask: <A extends HolderAnswer>(request: HolderRequest) =>
      new Promise<A>((resolve) => {
        child.once('message', (answer) => resolve(answer as A));
        child.send(request);
      }),
  };
}

const figures = (latencies: number[]) =>
  `${latencies.length} writes, p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${latencies[latencies.length - 1].toFixed(1)} ms`;

async function measureFeeds(): Promise<void> {
  const feedCount = argument('feeds', 2_000);
  const seconds = argument('seconds', 30);
  const rate = argument('rate', 10);
  const resources = await isolatedResources();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // As npm start and the Docker image run it: compiled, in production mode, logging warnings only.
  execFileSync('bash', ['scripts/build-apps.sh', 'api', 'projector'], { stdio: 'inherit' });
  const env = { ...resources.env, NODE_ENV: 'production', API_KEYS: WRITER_KEY, LOG_LEVEL: 'warn', PORT: String(port), HOST: '127.0.0.1' };
  const processes: ParleyProcess[] = [];
  const holder = feedHolder();
  let failed = true;
  try {
    const api = spawnBuiltParley('api', { ...env, PARLEY_COMPONENTS: 'api,relay', LIVE_STREAMS_TOTAL: String(feedCount) });
    processes.push(api, spawnBuiltParley('projector', env));
    await eventually('the API to answer', async () => (await fetch(`${base}/health/live`)).ok, 120_000);
    const metric = async (name: string, labels: Record<string, string> = {}) => sample(await (await fetch(`${base}/metrics`)).text(), name, labels) ?? 0;
    log(`API on ${base} (pid ${api.child.pid}); ${rate} statements a second, ${seconds} s with no feed open, then with ${feedCount}`);

    await writeSteadily(base, rate, WARM_UP_MS, 'warm-up');
    const alone = await measured(api.child.pid!, () => writeSteadily(base, rate, seconds * 1_000, 'alone'));
    log(`no feed open: ${figures(alone.result.latencies)}; peak memory ${alone.peakMb.toFixed(0)} MB, CPU ${alone.cpuS.toFixed(1)} s`);

    const addresses = Math.ceil(feedCount / FEEDS_PER_ADDRESS);
    const opening = await measured(api.child.pid!, async () => {
      const { opened } = await holder.ask<{ opened: number[] }>({ open: { port, count: feedCount } });
      await eventually(`${feedCount} feeds to be open`, async () => (await metric('parley_live_feeds_open')) === feedCount, 120_000);
      return opened.filter((status) => status === 200).length;
    });
    const refusedByAddress = (await holder.ask<{ status: number }>({ try: { port, address: '127.0.0.1' } })).status;
    const refusedByTotal = (await holder.ask<{ status: number }>({ try: { port, address: `127.0.0.${addresses + 1}` } })).status;
    log(`${opening.result} feeds open (peak memory opening them ${opening.peakMb.toFixed(0)} MB); one more from a full address: ${refusedByAddress}, from a new one: ${refusedByTotal}`);

    const before = (await holder.ask<{ received: number[] }>({ count: true })).received;
    const loaded = await measured(api.child.pid!, () => writeSteadily(base, rate, seconds * 1_000, 'loaded'));
    log(`${feedCount} feeds open: ${figures(loaded.result.latencies)}; peak memory ${loaded.peakMb.toFixed(0)} MB, CPU ${loaded.cpuS.toFixed(1)} s`);
    const written = loaded.result.latencies.length;
    const newEvents = async () => (await holder.ask<{ received: number[] }>({ count: true })).received.map((n, i) => n - before[i]);
    const complete = await eventually('every feed to receive every new event', async () => (await newEvents()).every((n) => n >= written), 120_000).catch(() => false);
    const shortest = Math.min(...(await newEvents()));
    const dropped = await metric('parley_live_feeds_ended_total', { reason: 'dropped' });

    const ratio = percentile(loaded.result.latencies, 99) / percentile(alone.result.latencies, 99);
    const peakMb = Math.max(alone.peakMb, opening.peakMb, loaded.peakMb);
    process.stdout.write(
      [
        '',
        `feed soak figures (${rate} statements/s, ${seconds} s each)`,
        `  no feed open            ${figures(alone.result.latencies)}; ${alone.result.failed} failed`,
        `  ${String(feedCount).padEnd(5)} feeds open       ${figures(loaded.result.latencies)}; ${loaded.result.failed} failed`,
        `  p99 ratio               ${ratio.toFixed(2)} (limit ${MAX_P99_RATIO})`,
        `  API peak memory         ${alone.peakMb.toFixed(0)} MB alone, ${opening.peakMb.toFixed(0)} MB opening the feeds, ${loaded.peakMb.toFixed(0)} MB with them open (budget ${MEMORY_BUDGET_MB} MB)`,
        `  API CPU time            ${alone.cpuS.toFixed(1)} s alone, ${loaded.cpuS.toFixed(1)} s with the feeds open (machine load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores)`,
        `  limits                  the next feed from a full address ${refusedByAddress}, from a new address ${refusedByTotal}`,
        `  delivery                ${complete ? 'every' : 'NOT every'} feed received all ${written} new events (fewest ${shortest}); ${dropped} dropped as too slow`,
        '',
      ].join('\n'),
    );
    failed =
      ratio > MAX_P99_RATIO ||
      peakMb > MEMORY_BUDGET_MB ||
      !complete ||
      alone.result.failed + loaded.result.failed > 0 ||
      refusedByAddress !== 429 ||
      refusedByTotal !== 503;
  } catch (error) {
    log(`feed soak failed: ${(error as Error).stack ?? String(error)}`);
    for (const p of processes) log(`process output:\n${p.output().slice(-4_000)}`);
  } finally {
    holder.child.kill();
    for (const p of processes) p.child.kill('SIGTERM');
    await Promise.race([Promise.all(processes.map((p) => p.exited)), sleep(30_000)]);
    for (const p of processes) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    await resources.remove();
  }
  process.exit(failed ? 1 : 0);
}

export const feedSoak = measureFeeds;

// Forked by feedHolder().
if (process.argv.includes('--hold-feeds')) holdFeeds();
