import { EventStore } from '@parley/event-store';
import { HighWaterMark } from '@parley/read-model-store';
import { appendRounds } from './support/history';
import { ParleyUnderTest, startParley } from './support/parley-under-test';
import { spawnParley } from './support/parley-process';
import { liveIndex, liveReadModels } from './support/read-model-dump';

describe('npm run replay, the command an operator runs', () => {
  let parley: ParleyUnderTest;

  beforeAll(async () => {
    parley = await startParley();
    const store = parley.app.get(EventStore);
    await appendRounds(store, 0, 12);
    expect(await parley.app.get(HighWaterMark).waitFor(await store.headPosition(), 30_000)).toBe(true);
  });
  afterAll(() => parley.stop());

  it('given a projected log: rebuilds every read model in production, where it serves nothing and needs no API key, into a generation readers switch to, equal to the live one', async () => {
    const live = { documents: await liveReadModels(parley.db), index: await liveIndex(parley.db) };
    const events = await parley.eventCount();
    // As the Docker image runs it: NODE_ENV=production, and no API_KEYS, which only the api needs.
    const { API_KEYS: _keys, ...env } = parley.resources.env;
    const replay = spawnParley('replay', { ...env, NODE_ENV: 'production', LOG_LEVEL: 'warn' }, ['--projection', 'all']);

    // What it printed if it failed, so that the failure says why.
    const exited = await replay.exited;
    expect(exited === 0 ? '' : replay.output()).toBe('');
    const [, generation] = /into generation (\d+):/.exec(replay.output()) ?? [];
    expect(replay.output()).toContain(`into generation ${generation}: ${events} events`);
    const serving = await parley.db.query(`SELECT DISTINCT generation FROM projections`);
    expect(serving.rows.map((r) => r.generation)).toEqual([Number(generation)]);
    expect({ documents: await liveReadModels(parley.db), index: await liveIndex(parley.db) }).toEqual(live);
  });
});
