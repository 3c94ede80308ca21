import { EventStore } from '@parley/event-store';
import { Client } from 'pg';
import { appendDevelopments } from '../support/developments';
import { ParleyUnderTest, startParley } from '../support/parley-under-test';
import { ParleyProcess, eventually, spawnParley } from '../support/parley-process';
import { appliedThrough, outboxBacklog } from '../support/progress';
import { storedAndFoldedReadModels } from '../support/read-models-agree';

const EVENTS = 1_500;

describe('the projector killed with SIGKILL in the middle of a batch', () => {
  let parley: ParleyUnderTest;
  let watcher: Client;
  const projectors: ParleyProcess[] = [];
  const database = () => new URL(parley.resources.databaseUrl).pathname.slice(1);

  beforeAll(async () => {
    // The backlog is stored and published by an in-process relay; only the projector runs apart.
    parley = await startParley({ PARLEY_COMPONENTS: 'api,relay' });
    await appendDevelopments(parley.app.get(EventStore), EVENTS);
    await eventually('the outbox to be published', async () => (await outboxBacklog(parley.db)) === 0);
    watcher = new Client({ connectionString: parley.resources.databaseUrl });
    await watcher.connect();
  });
  afterAll(async () => {
    for (const p of projectors) p.child.kill('SIGKILL');
    await watcher?.end();
    await parley.stop();
  });

  it('given a kill while a batch transaction has written but not committed, ends with the read models of an undisturbed run', async () => {
    const first = spawnParley('projector', parley.resources.env);
    projectors.push(first);
    // A batch is in flight once the projector's transaction holds a transaction id: it has written read models.
    await eventually(
      'a batch transaction in flight',
      async () =>
        (
          await watcher.query(
            `SELECT 1 FROM pg_stat_activity WHERE datname = $1 AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()`,
            [database()],
          )
        ).rowCount! > 0,
      60_000,
    );
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    const atCrash = await appliedThrough(watcher);
    expect(atCrash).toBeLessThan(EVENTS);

    const second = spawnParley('projector', parley.resources.env);
    projectors.push(second);
    await eventually('the restarted projector to catch up', async () => (await appliedThrough(watcher)) === EVENTS);

    const { events, stored, folded } = await storedAndFoldedReadModels(parley.resources.databaseUrl);
    expect(events).toBe(EVENTS);
    expect(stored).toEqual(folded);
    second.child.kill('SIGTERM');
    await second.exited;
  });
});
