import { Client } from 'pg';
import { setTimeout as sleep } from 'node:timers/promises';
import { IsolatedResources, isolatedResources } from '../support/isolated-resources';
import { trumpOnTruthSocial } from '../support/istanbul';
import { freePort } from '../support/own-kafka';
import { WRITER_KEY } from '../support/parley-under-test';
import { ParleyProcess, eventually, spawnParley } from '../support/parley-process';
import { appliedThrough, headPosition, outboxBacklog } from '../support/progress';
import { storedAndFoldedReadModels } from '../support/read-models-agree';

const WRITES = 200;
/** The answer that sends the signal: the burst is under way, most of it still in flight. */
const ANSWERED_BEFORE_SIGNAL = 5;
const EXIT_WITHIN_MS = 30_000;

type Outcome = { status: number; eventIds: string[]; problem?: string; retryAfter: string | null } | { error: string };
type LogLine = { time: number; context?: string; msg: string; res?: { statusCode: number } };

/** The JSON lines a process wrote from `context` (undefined: lines without one, such as pino-http's). */
const linesOf = (process: ParleyProcess, context: string | undefined): LogLine[] =>
  process
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine)
    .filter((line) => line.context === context);

describe('the service stopped with SIGTERM while writes are in flight', () => {
  let resources: IsolatedResources;
  let db: Client;
  const processes: ParleyProcess[] = [];
  const spawn = (app: 'api' | 'projector', env: Record<string, string> = {}) => {
    const p = spawnParley(app, { ...resources.env, LOG_LEVEL: 'info', ...env });
    processes.push(p);
    return p;
  };

  beforeAll(async () => {
    resources = await isolatedResources();
  });
  afterAll(async () => {
    for (const p of processes) p.child.kill('SIGKILL');
    await db?.end();
    await resources.remove();
  });

  it('given a burst of concurrent writes, when SIGTERM arrives among them, then it finishes them, exits 0, and every acknowledged write is stored and applied once', async () => {
    const port = await freePort();
    const api = spawn('api', { PORT: String(port) });
    const base = `http://127.0.0.1:${port}`;
    await eventually('the API to answer', async () => (await fetch(`${base}/health/live`)).ok, 120_000);
    db = new Client({ connectionString: resources.databaseUrl });
    await db.connect();

    // given a burst of writes, each a statement of its own
    let answered = 0;
    let signalledAt = 0;
    const write = async (n: number): Promise<Outcome> => {
      try {
        const response = await fetch(`${base}/api/v1/statements`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-API-Key': WRITER_KEY },
          body: JSON.stringify({ ...trumpOnTruthSocial, quote: `statement ${n} of a burst cut by SIGTERM` }),
          signal: AbortSignal.timeout(EXIT_WITHIN_MS),
        });
        const body = (await response.json()) as { eventIds?: string[]; type?: string };
        // when SIGTERM arrives with the first answers, the rest of the burst in flight
        if (++answered === ANSWERED_BEFORE_SIGNAL) {
          signalledAt = Date.now();
          api.child.kill('SIGTERM');
        }
        return { status: response.status, eventIds: body.eventIds ?? [], problem: body.type, retryAfter: response.headers.get('retry-after') };
      } catch (error) {
        return { error: String((error as { cause?: unknown }).cause ?? error) };
      }
    };
    const outcomes = await Promise.all(Array.from({ length: WRITES }, (_, n) => write(n)));
    const exit = await Promise.race([api.exited, sleep(EXIT_WITHIN_MS, 'still running', { ref: false })]);
    const stoppedInMs = Date.now() - signalledAt;

    // then it exited 0 in time, having said so in lines that reached its output
    expect({ exit, inTime: stoppedInMs < EXIT_WITHIN_MS }).toEqual({ exit: 0, inTime: true });
    const shutdown = linesOf(api, 'Shutdown');
    expect(shutdown.map((l) => l.msg)).toEqual(['SIGTERM: draining, then exiting', expect.stringMatching(/^drained in \d+ ms; exiting$/)]);
    // requests in flight when the drain began were finished, with their 201
    const completedWhileDraining = linesOf(api, undefined).filter((l) => l.msg === 'request completed' && l.time > shutdown[0].time && l.res?.statusCode === 201);
    expect(completedWhileDraining.length).toBeGreaterThan(0);
    // each write was answered 201, or refused with a clean 503 problem when it came too late; none went unanswered
    const answers = outcomes.filter((o): o is Extract<Outcome, { status: number }> => 'status' in o);
    expect(outcomes.filter((o) => 'error' in o)).toEqual([]);
    expect(answers.filter((a) => a.status !== 201 && a.status !== 503)).toEqual([]);
    const unavailable = { problem: 'https://parley.dev/problems/unavailable', retryAfter: '1' };
    expect(answers.filter((a) => a.status === 503 && (a.problem !== unavailable.problem || a.retryAfter !== unavailable.retryAfter))).toEqual([]);
    const accepted = answers.filter((a) => a.status === 201);
    // the store holds exactly the acknowledged writes, and the relay published them all before exiting
    const stored = (await db.query(`SELECT event_id FROM events`)).rows.map((r) => r.event_id as string);
    expect(new Set(stored)).toEqual(new Set(accepted.flatMap((a) => a.eventIds)));
    expect(await outboxBacklog(db)).toBe(0);

    // and a projector started on the same database and topic brings every read model to the head, each event applied once
    const projector = spawn('projector');
    await eventually('the projector to start', async () => linesOf(projector, 'ProjectorMain').length > 0, 120_000);
    const head = await headPosition(db);
    await eventually('the projector to reach the head', async () => (await appliedThrough(db)) === head, 60_000);
    const { events, stored: documents, folded } = await storedAndFoldedReadModels(resources.databaseUrl);
    expect(events).toBe(accepted.length);
    expect(documents).toEqual(folded);
    projector.child.kill('SIGTERM');
    expect(await Promise.race([projector.exited, sleep(EXIT_WITHIN_MS, 'still running', { ref: false })])).toBe(0);
    expect(linesOf(projector, 'Shutdown').map((l) => l.msg)).toEqual(['SIGTERM: draining, then exiting', expect.stringMatching(/^drained in \d+ ms; exiting$/)]);
  }, 300_000);
});
