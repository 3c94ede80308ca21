/**
 * npm run soak -- --minutes N
 * (npm run soak -- --feeds N runs the live feed's load test instead: see soak-feeds.ts)
 *
 * Mixed writes and reads for N minutes against Parley run as child processes (the API with its relay,
 * and the projector apart) on a database and a Kafka broker of their own, never the shared ones. During
 * the run the broker is restarted twice and the projector killed and restarted once. At the end it waits
 * for the read models to catch up, checks that the event store, the topic and the read models agree one
 * for one, prints the figures, and exits non-zero if any accepted event is lost, anything disagrees, or
 * the projector exited on its own (it must ride out the broker's restarts).
 * Loopback only; every request loop is bounded by the clock. Not part of npm test.
 */
import { Client } from 'pg';
import { isDeepStrictEqual } from 'node:util';
import { TRACK, exchangeOf24May, scheduleRound2, trumpOnTruthSocial } from '../test/support/istanbul';
import { isolatedResources } from '../test/support/isolated-resources';
import { OwnKafka, freePort, ownKafka } from '../test/support/own-kafka';
import { ParleyProcess, eventually, spawnParley } from '../test/support/parley-process';
import { appliedThrough, headPosition, outboxBacklog } from '../test/support/progress';
import { storedAndFoldedReadModels } from '../test/support/read-models-agree';
import { testConfig } from '../test/support/test-config';
import { readWholeTopic } from '../test/support/topic-reader';
import { feedSoak } from './soak-feeds';

const WRITER_KEY = 'test-writer-key';
const WRITERS = 4;
const READERS = 2;
const REQUEST_TIMEOUT_MS = 10_000;

function minutesArgument(): number {
  const at = process.argv.indexOf('--minutes');
  const minutes = at >= 0 ? Number(process.argv[at + 1]) : 5;
  if (!Number.isFinite(minutes) || minutes <= 0 || minutes > 24 * 60) throw new Error('--minutes must be a positive number of minutes');
  return minutes;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (line: string) => process.stdout.write(`[soak ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

class Tally {
  requests = 0;
  /**
   * The projector exiting on its own (not killed by the soak): restarted, as docker-compose's restart
   * policy would, so the run goes on, but counted as a failure.
   */
  projectorExits: string[] = [];
  writesAccepted = 0;
  reads = 0;
  readonly errors = new Map<string, number>();
  /** Event ids the API answered 201 for: every one must end up stored, on the topic and applied. */
  readonly acceptedEventIds = new Set<string>();

  error(kind: string): void {
    this.errors.set(kind, (this.errors.get(kind) ?? 0) + 1);
  }
}

async function request(tally: Tally, url: string, init: RequestInit = {}): Promise<{ status: number; body: unknown } | null> {
  tally.requests++;
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const text = await response.text();
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = text;
    }
    return { status: response.status, body };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    tally.error(`network ${cause ?? (error as Error).name}`);
    return null;
  }
}

/** A write loop: prisoner exchanges and statements, each distinct, until the deadline. */
async function writer(base: string, id: number, until: number, tally: Tally): Promise<void> {
  for (let n = 0; Date.now() < until; n++) {
    // A day of its own for each write, going back from the end of 2024 (an exchange reported again on the
    // same day of the same track is the same exchange, a second source for it), nothing in the future.
    const day = (id + WRITERS * n) % 12_000;
    const at = new Date(Date.UTC(2024, 11, 31, 12) - day * 86_400_000).toISOString().replace('.000Z', 'Z');
    const [path, body] =
      n % 2 === 0
        ? ['/api/v1/prisoner-exchanges', { ...exchangeOf24May, occurredAt: at, returned: [{ to: 'RUS', count: 1 + (n % 300) }, { to: 'UKR', count: 1 + (n % 300) }] }]
        : ['/api/v1/statements', { ...trumpOnTruthSocial, quote: `soak writer ${id}, statement ${n}`, madeAt: at }];
    const answer = await request(tally, base + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-API-Key': WRITER_KEY, 'Idempotency-Key': `soak-${id}-${n}` },
      body: JSON.stringify(body),
    });
    if (!answer) {
      await sleep(250);
      continue;
    }
    if (answer.status === 201) {
      tally.writesAccepted++;
      for (const eventId of (answer.body as { eventIds: string[] }).eventIds) tally.acceptedEventIds.add(eventId);
    } else {
      const problem = answer.body as { rule?: string; title?: string } | null;
      tally.error(`write ${answer.status}${problem?.rule ?? problem?.title ? ` ${problem.rule ?? problem.title}` : ''}`);
      await sleep(250);
    }
  }
}

/** A read loop over the read models, the log and the probes, until the deadline. */
async function reader(base: string, until: number, tally: Tally): Promise<void> {
  const paths = [
    `/api/v1/prisoner-exchanges?trackId=${TRACK}`,
    '/api/v1/statements?limit=50',
    `/api/v1/negotiations/${TRACK}`,
    '/api/v1/events?limit=50',
    '/health/live',
  ];
  for (let n = 0; Date.now() < until; n++) {
    const path = paths[n % paths.length];
    const answer = await request(tally, base + path);
    if (!answer) {
      await sleep(250);
      continue;
    }
    // A track nobody scheduled is a 404 by design, not a failure.
    if (answer.status === 200 || (answer.status === 404 && path.startsWith('/api/v1/negotiations'))) tally.reads++;
    else tally.error(`read ${answer.status}`);
  }
}

/** Every message on the topic as a read_committed consumer sees it, to its end: event ids and how often each came. */
async function eventIdsOnTopic(brokers: string, topic: string): Promise<Map<string, number>> {
  const seen = new Map<string, number>();
  for (const { value } of await readWholeTopic(topic, 120_000, [brokers])) {
    const eventId = String(value.eventId);
    seen.set(eventId, (seen.get(eventId) ?? 0) + 1);
  }
  return seen;
}

async function main(): Promise<void> {
  const minutes = minutesArgument();
  const durationMs = minutes * 60_000;
  log(`starting a broker and a database of the soak's own for ${minutes} minute(s)`);
  const kafka: OwnKafka = await ownKafka();
  const resources = await isolatedResources();
  const port = await freePort();
  const env = {
    ...resources.env,
    KAFKA_BROKERS: kafka.brokers,
    LOG_LEVEL: 'warn',
    PORT: String(port),
    HOST: '127.0.0.1',
  };
  const base = `http://127.0.0.1:${port}`;
  const tally = new Tally();
  const processes: ParleyProcess[] = [];
  const spawn = (app: 'api' | 'projector', extra: Record<string, string> = {}) => {
    const p = spawnParley(app, { ...env, ...extra });
    processes.push(p);
    return p;
  };
  const db = new Client({ connectionString: resources.databaseUrl });
  let failed = false;
  let stopping = false;
  let planned: ParleyProcess | null = null;

  try {
    const api = spawn('api', { PARLEY_COMPONENTS: 'api,relay' });
    await eventually('the API to answer', async () => (await fetch(`${base}/health/live`)).ok, 120_000).catch((error) => {
      throw new Error(`${(error as Error).message}\n${api.output()}`);
    });
    // Like `restart: unless-stopped` in docker-compose: a projector that exits on its own is started again.
    const superviseProjector = (): ParleyProcess => {
      const p = spawn('projector');
      void p.exited.then((how) => {
        if (stopping || planned === p) return;
        const tail = p.output().trim().split('\n').slice(-3).join(' | ').slice(0, 600);
        tally.projectorExits.push(`${String(how)}: ${tail}`);
        log(`the projector exited on its own (${String(how)}); starting another. Its last lines: ${tail}`);
        projector = superviseProjector();
      });
      return p;
    };
    let projector = superviseProjector();
    await db.connect();
    // The exchanges name the track, which must exist: its second round is scheduled first.
    const scheduled = await request(tally, `${base}/api/v1/negotiations/${TRACK}/rounds`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-API-Key': WRITER_KEY },
      body: JSON.stringify(scheduleRound2),
    });
    if (scheduled?.status !== 201) throw new Error(`scheduling the track answered ${scheduled?.status}: ${JSON.stringify(scheduled?.body)}`);
    for (const eventId of (scheduled.body as { eventIds: string[] }).eventIds) tally.acceptedEventIds.add(eventId);

    const started = Date.now();
    const until = started + durationMs;
    log(`API on ${base}; ${WRITERS} writers and ${READERS} readers until ${new Date(until).toISOString()}`);
    const loops = [
      ...Array.from({ length: WRITERS }, (_, i) => writer(base, i, until, tally)),
      ...Array.from({ length: READERS }, () => reader(base, until, tally)),
    ];

    const at = (share: number) => sleep(Math.max(0, started + durationMs * share - Date.now()));
    const disturbances = (async () => {
      await at(0.2);
      log('stopping the broker (1 of 2)');
      await kafka.stop();
      await sleep(Math.min(20_000, durationMs * 0.05));
      await kafka.start();
      log('broker back');
      await at(0.45);
      log('killing the projector (SIGKILL) and starting another');
      planned = projector;
      projector.child.kill('SIGKILL');
      await projector.exited;
      projector = superviseProjector();
      await at(0.7);
      log('stopping the broker (2 of 2)');
      await kafka.stop();
      await sleep(Math.min(20_000, durationMs * 0.05));
      await kafka.start();
      log('broker back');
    })();
    const progress = setInterval(() => log(`requests ${tally.requests}, writes accepted ${tally.writesAccepted}, errors ${[...tally.errors.values()].reduce((a, b) => a + b, 0)}`), 30_000);
    await Promise.all([...loops, disturbances]);
    clearInterval(progress);

    log('load over; waiting for the outbox to drain and the read models to catch up');
    const head = () => headPosition(db);
    const applied = () => appliedThrough(db);
    let caughtUp = true;
    await eventually('the outbox to drain and the read models to catch up', async () => (await outboxBacklog(db)) === 0 && (await applied()) >= (await head()), 300_000).catch(
      (error) => {
        caughtUp = false;
        log((error as Error).message);
      },
    );

    const stored = new Set<string>((await db.query(`SELECT event_id FROM events`)).rows.map((r) => String(r.event_id)));
    const onTopic = await eventIdsOnTopic(kafka.brokers, resources.topic);
    const readModels = await storedAndFoldedReadModels(resources.databaseUrl);
    const deadLetters = Number((await db.query(`SELECT count(*) AS n FROM dead_letters`)).rows[0].n);
    const appliedAtEnd = await applied();
    const headAtEnd = await head();

    const lostFromStore = [...tally.acceptedEventIds].filter((id) => !stored.has(id)).length;
    const missingFromTopic = [...stored].filter((id) => !onTopic.has(id)).length;
    const strangersOnTopic = [...onTopic.keys()].filter((id) => !stored.has(id)).length;
    const redelivered = [...onTopic.values()].reduce((a, n) => a + n - 1, 0);
    const modelsAgree = isDeepStrictEqual(readModels.stored, readModels.folded);
    const disagreeing = Object.keys(readModels.folded).filter((name) => !isDeepStrictEqual(readModels.stored[name], readModels.folded[name]));
    const notApplied = Math.max(0, headAtEnd - appliedAtEnd);
    const lost = lostFromStore + missingFromTopic + (modelsAgree ? 0 : 1) + notApplied;

    const errors = [...tally.errors.entries()].sort(([a], [b]) => a.localeCompare(b));
    process.stdout.write(
      [
        '',
        `soak figures (${minutes} min, ${WRITERS} writers, ${READERS} readers, broker restarted twice, projector killed once)`,
        `  requests                 ${tally.requests}`,
        `    writes accepted (201)  ${tally.writesAccepted}`,
        `    reads answered         ${tally.reads}`,
        `  errors                   ${errors.reduce((a, [, n]) => a + n, 0)}`,
        ...errors.map(([kind, n]) => `    ${kind.padEnd(22)} ${n}`),
        `  events accepted          ${tally.acceptedEventIds.size}`,
        `  events stored            ${stored.size}`,
        `  events on the topic      ${onTopic.size} distinct (${redelivered} published more than once, ${strangersOnTopic} not in the store)`,
        `  events applied           ${appliedAtEnd} of head position ${headAtEnd} by every read model; read models ${modelsAgree ? 'equal' : `DIFFER FROM (${disagreeing.join(', ')})`} the store folded (${readModels.events} events)`,
        `  dead letters             ${deadLetters}`,
        `  projector exits          ${tally.projectorExits.length} on its own (restarted; each a failure), besides the one SIGKILL`,
        `  events lost              ${lost} (accepted but not stored ${lostFromStore}, stored but not on the topic ${missingFromTopic}, not applied ${notApplied}${modelsAgree ? '' : ', read models disagree'})`,
        '',
      ].join('\n'),
    );
    failed = lost > 0 || strangersOnTopic > 0 || !caughtUp || tally.projectorExits.length > 0;
  } catch (error) {
    failed = true;
    log(`soak failed: ${(error as Error).stack ?? String(error)}`);
    for (const p of processes) log(`process output:\n${p.output().slice(-4_000)}`);
  } finally {
    stopping = true;
    for (const p of processes) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGTERM');
    await Promise.race([Promise.all(processes.map((p) => p.exited)), sleep(15_000)]);
    for (const p of processes) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    await db.end().catch(() => undefined);
    // Only what the soak made: its database and its own broker (with its data directory).
    const admin = new Client({ connectionString: testConfig().databaseUrl('postgres') });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${new URL(resources.databaseUrl).pathname.slice(1)}" WITH (FORCE)`);
    await admin.end();
    await kafka.remove();
  }
  process.exit(failed ? 1 : 0);
}

void (process.argv.includes('--feeds') ? feedSoak() : main());
