import { EventStore } from '@parley/event-store';
import { ProjectionProgress } from '@parley/read-model-store';
import { InMemoryDocuments, PROJECTIONS } from '@parley/read-models';
import { KafkaReplay, ProjectionRebuilder } from '@parley/replay';
import { setTimeout as sleep } from 'node:timers/promises';
import { appendRounds } from './support/history';
import { ADMIN_KEY, ParleyUnderTest, startParley } from './support/parley-under-test';
import { foldedIndex, liveIndex, liveReadModels } from './support/read-model-dump';

describe('rebuilding read models while Parley keeps running', () => {
  let parley: ParleyUnderTest;
  let store: EventStore;

  /** The read models folded in memory from the whole log: what any correct build must equal. */
  const fold = async () => InMemoryDocuments.fold(PROJECTIONS, await store.readAll({ after: 0, limit: 1_000_000 }));
  const foldedLog = async () => JSON.parse(JSON.stringify(await fold()));
  const caughtUp = async () => {
    const progress = parley.app.get(ProjectionProgress);
    expect(await progress.waitFor(await store.headPosition(), 30_000)).toBe(true);
  };
  const status = async () =>
    (await parley.http().get('/api/v1/admin/projections').set('X-API-Key', ADMIN_KEY).expect(200)).body;

  beforeAll(async () => {
    parley = await startParley();
    store = parley.app.get(EventStore);
    await appendRounds(store, 0, 20);
    // The old generation must hold these before a rebuild starts, for reads to answer from it meanwhile.
    await caughtUp();
  });
  afterAll(() => parley.stop());

  it('given writes racing a rebuild of every read model: loses nothing, counts nothing twice, and equals the log folded', async () => {
    let writing = true;
    const writers = (async () => {
      for (let n = 20; writing; n += 10) await appendRounds(store, n, n + 10, 4);
    })();
    const accepted = await parley.post('/api/v1/admin/projections/all/rebuild', {}, { 'X-API-Key': ADMIN_KEY }).expect(202);
    expect(accepted.body).toMatchObject({ projections: PROJECTIONS.map((p) => p.name), status: '/api/v1/admin/projections' });
    // Queries keep answering from the old generation meanwhile.
    await parley.http().get('/api/v1/negotiations/t-1').expect(200);
    while ((await status()).projections.some((p: { state: string }) => p.state !== 'live')) await sleep(50);
    // Some writes land after the switch, for the live projector to apply to the new generation.
    await appendRounds(store, 100_000, 100_010);
    writing = false;
    await writers;
    await caughtUp();

    expect(await liveReadModels(parley.db)).toEqual(await foldedLog());
    expect(await liveIndex(parley.db)).toEqual(await foldedIndex(await fold()));
    const after = await status();
    expect(after.projections).toHaveLength(PROJECTIONS.length);
    for (const projection of after.projections) {
      expect(projection).toMatchObject({
        state: 'live',
        appliedPosition: after.headPosition,
        lag: { events: 0, seconds: 0 },
        lastRebuild: { source: 'store', eventsPerSecond: expect.any(Number), error: null },
      });
    }
    const { rows } = await parley.db.query(`SELECT DISTINCT generation FROM read_model_documents`);
    expect(rows).toEqual([{ generation: accepted.body.generation }]);
  });

  it('given the whole log on Kafka: replaying it under a new consumer group equals the store rebuild', async () => {
    const fromStore = await (await parley.app.get(ProjectionRebuilder).fromStore(PROJECTIONS)).finished;
    const rebuilt = await liveReadModels(parley.db);
    const rebuiltIndex = await liveIndex(parley.db);
    const fromKafka = await (await parley.app.get(KafkaReplay).start(PROJECTIONS)).finished;

    expect(fromKafka.generation).toBeGreaterThan(fromStore.generation);
    expect(await liveReadModels(parley.db)).toEqual(rebuilt);
    expect(await liveIndex(parley.db)).toEqual(rebuiltIndex);
    expect(rebuilt).toEqual(await foldedLog());
    expect(rebuiltIndex).toEqual(await foldedIndex(await fold()));
    expect((await status()).projections[0].lastRebuild).toMatchObject({ source: 'kafka', generation: fromKafka.generation });
  });

  it('refuses a second rebuild of a read model while one runs, and an unknown read model', async () => {
    const first = await parley.app.get(ProjectionRebuilder).fromStore(PROJECTIONS.slice(0, 1));
    const second = await parley.post(`/api/v1/admin/projections/${PROJECTIONS[0].name}/rebuild`, {}, { 'X-API-Key': ADMIN_KEY }).expect(409);
    expect(second.headers['content-type']).toMatch(/application\/problem\+json/);
    await first.finished;
    await parley.post('/api/v1/admin/projections/no-such-model/rebuild', {}, { 'X-API-Key': ADMIN_KEY }).expect(404);
    await parley.http().post('/api/v1/admin/projections/all/rebuild').expect(401);
  });

  it('given a rebuild whose process stopped reporting: shows it failed, and lets a new rebuild take over', async () => {
    const { name } = PROJECTIONS[0];
    await parley.db.query(`UPDATE projection_rebuilds SET state = 'rebuilding', updated_at = now() - interval '3 minutes' WHERE projection = $1`, [name]);
    const abandoned = (await status()).projections.find((p: { name: string }) => p.name === name);
    expect(abandoned).toMatchObject({ state: 'failed', lastRebuild: { error: expect.stringMatching(/^abandoned/) } });
    await parley.post(`/api/v1/admin/projections/${name}/rebuild`, {}, { 'X-API-Key': ADMIN_KEY }).expect(202);
    const stateOf = async () => (await status()).projections.find((p: { name: string }) => p.name === name).state;
    let state;
    while ((state = await stateOf()) === 'rebuilding') await sleep(50);
    expect(state).toBe('live');
  });
});
