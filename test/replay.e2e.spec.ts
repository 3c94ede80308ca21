import { EventStore } from '@parley/event-store';
import { KEEP_FOREVER } from '@parley/messaging';
import { HighWaterMark } from '@parley/read-model-store';
import { InMemoryDocuments, NEGOTIATION_STATUS, PROJECTIONS, Projection, negotiationStatusProjection } from '@parley/read-models';
import { KafkaReplay, ProjectionRebuilder, ProjectionStatus } from '@parley/replay';
import { ConfigResourceTypes } from 'kafkajs';
import { setTimeout as sleep } from 'node:timers/promises';
import { appendRounds } from './support/history';
import { withKafkaAdmin } from './support/kafka-admin';
import { ADMIN_KEY, ParleyUnderTest, startParley } from './support/parley-under-test';
import { foldedIndex, liveIndex, liveReadModels } from './support/read-model-dump';

const storeOf = (parley: ParleyUnderTest) => parley.app.get(EventStore);

/** Waits until the live projector has applied the whole log. */
async function projectorCaughtUp(parley: ParleyUnderTest): Promise<void> {
  expect(await parley.app.get(HighWaterMark).waitFor(await storeOf(parley).headPosition(), 30_000)).toBe(true);
}

async function projectionsStatus(parley: ParleyUnderTest): Promise<{ headPosition: number; projections: ProjectionStatus[] }> {
  return (await parley.http().get('/api/v1/admin/projections').set('X-API-Key', ADMIN_KEY).expect(200)).body;
}

/** The generations readers are switched to now. */
async function servingGenerations(parley: ParleyUnderTest): Promise<number[]> {
  return (await parley.db.query(`SELECT DISTINCT generation FROM projections ORDER BY generation`)).rows.map((r) => r.generation);
}

/** Parley with `rounds` rounds of talks, all projected: an old generation that holds them. */
async function startWithHistory(rounds: number): Promise<ParleyUnderTest> {
  const parley = await startParley();
  await appendRounds(storeOf(parley), 0, rounds);
  await projectorCaughtUp(parley);
  return parley;
}

/** A promise the test settles when it chooses. */
function deferred(): { promise: Promise<void>; resolve(): void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('rebuilding read models while Parley keeps running', () => {
  let parley: ParleyUnderTest;
  let store: EventStore;
  let rebuilder: ProjectionRebuilder;

  /** The read models folded in memory from the whole log: what any correct build must equal. */
  const fold = async () => InMemoryDocuments.fold(PROJECTIONS, await store.readAll({ after: 0, limit: 1_000_000 }));
  const foldedLog = async () => JSON.parse(JSON.stringify(await fold()));
  const caughtUp = () => projectorCaughtUp(parley);
  const status = () => projectionsStatus(parley);
  const dump = async () => ({ documents: await liveReadModels(parley.db), index: await liveIndex(parley.db) });

  beforeAll(async () => {
    parley = await startWithHistory(20);
    store = storeOf(parley);
    rebuilder = parley.app.get(ProjectionRebuilder);
  });
  afterAll(() => parley.stop());

  it('given writes paused and the projector caught up: a rebuilt read model equals the live one exactly', async () => {
    await caughtUp();
    const live = await dump();
    expect(Object.keys(live.documents[NEGOTIATION_STATUS])).toHaveLength(20);

    const { generation } = await (await rebuilder.fromStore(PROJECTIONS)).finished;

    expect(await servingGenerations(parley)).toEqual([generation]);
    expect(await dump()).toEqual(live);
  });

  it('given a rebuild that has filled its generation but not switched: queries answer from the old one, and the status shows it rebuilding', async () => {
    const filled = deferred();
    const release = deferred();
    let hold = true;
    const rebuild = await rebuilder.fromStore(PROJECTIONS, async () => {
      if (!hold) return;
      hold = false;
      filled.resolve();
      await release.promise;
    });
    await filled.promise;
    const [old] = await servingGenerations(parley);
    // A round written now reaches the old generation through the live projector, the new one only at the switch.
    await appendRounds(store, 200_000, 200_001);
    await caughtUp();

    const meanwhile = await parley.http().get('/api/v1/negotiations/t-200000').expect(200);
    expect(await servingGenerations(parley)).toEqual([old]);
    const { rows } = await parley.db.query(`SELECT 1 FROM read_model_documents WHERE generation = $1 AND id = 't-200000'`, [rebuild.generation]);
    expect(rows).toEqual([]);
    for (const projection of (await status()).projections) {
      expect(projection).toMatchObject({ state: 'rebuilding', lastRebuild: { generation: rebuild.generation, applied: null } });
      expect(projection.lastRebuild!.progress.done).toBeGreaterThan(0);
    }

    release.resolve();
    const report = await rebuild.finished;
    expect(report).toMatchObject({ fromSource: report.events - 5, caughtUp: 5 });
    expect(await servingGenerations(parley)).toEqual([rebuild.generation]);
    expect((await parley.http().get('/api/v1/negotiations/t-200000').expect(200)).body).toEqual(meanwhile.body);
  });

  it('given a reducer that throws on some event: the rebuild fails with its error, and the old generation keeps serving', async () => {
    const broken: Projection = {
      ...(negotiationStatusProjection as Projection),
      evolve: (doc, event, id) => {
        if (event.type === 'TalksConcluded') throw new Error('this reducer cannot take TalksConcluded');
        return (negotiationStatusProjection as Projection).evolve(doc, event, id);
      },
    };
    const before = await dump();
    const serving = await servingGenerations(parley);

    const rebuild = await rebuilder.fromStore([broken]);
    await expect(rebuild.finished).rejects.toThrow('this reducer cannot take TalksConcluded');

    const failed = (await status()).projections.find((p) => p.name === NEGOTIATION_STATUS);
    expect(failed).toMatchObject({
      state: 'failed',
      lastRebuild: { generation: rebuild.generation, applied: null, error: expect.stringContaining('this reducer cannot take TalksConcluded') },
    });
    expect(await servingGenerations(parley)).toEqual(serving);
    expect(await dump()).toEqual(before);
    await parley.http().get('/api/v1/negotiations/t-1').expect(200);
    const { rows } = await parley.db.query(`SELECT 1 FROM read_model_documents WHERE generation = $1`, [rebuild.generation]);
    expect(rows).toEqual([]);
  });

  it('given writes racing a rebuild of every read model: loses nothing, counts nothing twice, and equals the log folded', async () => {
    let writing = true;
    const writers = (async () => {
      for (let n = 20; writing; n += 10) await appendRounds(store, n, n + 10, 4);
    })();
    const accepted = await parley.post('/api/v1/admin/projections/all/rebuild', {}, { 'X-API-Key': ADMIN_KEY }).expect(202);
    expect(accepted.body).toMatchObject({ projections: PROJECTIONS.map((p) => p.name), status: '/api/v1/admin/projections' });
    while ((await status()).projections.some((p) => p.state !== 'live')) await sleep(50);
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
      // Every event up to the switch came from the store's pages or from the switch's catch-up, once.
      const { progress, applied } = projection.lastRebuild!;
      expect(applied!.fromSource + applied!.caughtUp).toBe(progress.total);
    }
    // The replaced generation's documents are gone.
    const { rows } = await parley.db.query(`SELECT DISTINCT generation FROM read_model_documents`);
    expect(rows).toEqual([{ generation: accepted.body.generation }]);
  });

  it('given the whole log on Kafka: replaying it under a new consumer group reads every event from Kafka and equals the store rebuild', async () => {
    // The projector reads the topic, so once it has applied the head, the topic holds the whole log.
    await caughtUp();
    const fromStore = await (await rebuilder.fromStore(PROJECTIONS)).finished;
    const rebuilt = await dump();
    const fromKafka = await (await parley.app.get(KafkaReplay).start(PROJECTIONS)).finished;

    const events = await parley.eventCount();
    expect(fromKafka).toMatchObject({ events, fromSource: events, caughtUp: 0 });
    expect(fromKafka.generation).toBeGreaterThan(fromStore.generation);
    expect(await dump()).toEqual(rebuilt);
    expect(rebuilt.documents).toEqual(await foldedLog());
    expect(rebuilt.index).toEqual(await foldedIndex(await fold()));
    for (const { lastRebuild } of (await status()).projections) {
      expect(lastRebuild).toMatchObject({ source: 'kafka', generation: fromKafka.generation, applied: { fromSource: events, caughtUp: 0 } });
    }
  });

  it('keeps every event on the topic it creates for ever: no retention by age or size, no compaction', async () => {
    const { resources } = await withKafkaAdmin((admin) =>
      admin.describeConfigs({ includeSynonyms: false, resources: [{ type: ConfigResourceTypes.TOPIC, name: parley.resources.topic }] }),
    );
    const settings = Object.fromEntries(resources[0].configEntries.map((e) => [e.configName, e.configValue]));
    expect(settings).toMatchObject({ 'retention.ms': '-1', 'retention.bytes': '-1', 'cleanup.policy': 'delete' });
  });

  it('refuses a second rebuild of a read model while one runs, and an unknown read model', async () => {
    const first = await rebuilder.fromStore(PROJECTIONS.slice(0, 1));
    const second = await parley.post(`/api/v1/admin/projections/${PROJECTIONS[0].name}/rebuild`, {}, { 'X-API-Key': ADMIN_KEY }).expect(409);
    expect(second.headers['content-type']).toMatch(/application\/problem\+json/);
    await first.finished;
    await parley.post('/api/v1/admin/projections/no-such-model/rebuild', {}, { 'X-API-Key': ADMIN_KEY }).expect(404);
    await parley.http().post('/api/v1/admin/projections/all/rebuild').expect(401);
  });

  it('given a rebuild whose process stopped reporting: shows it failed, and lets a new rebuild take over', async () => {
    const { name } = PROJECTIONS[0];
    await parley.db.query(`UPDATE projection_rebuilds SET state = 'rebuilding', updated_at = now() - interval '3 minutes' WHERE projection = $1`, [name]);
    const abandoned = (await status()).projections.find((p) => p.name === name);
    expect(abandoned).toMatchObject({ state: 'failed', lastRebuild: { error: expect.stringMatching(/^abandoned/) } });
    await parley.post(`/api/v1/admin/projections/${name}/rebuild`, {}, { 'X-API-Key': ADMIN_KEY }).expect(202);
    const stateOf = async () => (await status()).projections.find((p) => p.name === name)!.state;
    let state;
    while ((state = await stateOf()) === 'rebuilding') await sleep(50);
    expect(state).toBe('live');
  });
});

describe('replaying from a Kafka topic that may have lost events', () => {
  let parley: ParleyUnderTest;
  beforeAll(async () => {
    parley = await startWithHistory(4);
  });
  afterAll(() => parley.stop());

  /** Starts a replay from Kafka, expects it to fail with `reason`, and checks the status says so while the old generation serves. */
  const expectRefused = async (reason: string) => {
    const serving = await servingGenerations(parley);
    const replay = await parley.app.get(KafkaReplay).start(PROJECTIONS);
    await expect(replay.finished).rejects.toThrow(reason);
    for (const projection of (await projectionsStatus(parley)).projections) {
      expect(projection).toMatchObject({ state: 'failed', lastRebuild: { source: 'kafka', error: expect.stringContaining(reason) } });
    }
    expect(await servingGenerations(parley)).toEqual(serving);
    await parley.http().get('/api/v1/negotiations/t-1').expect(200);
  };

  it('given a partition whose first events were deleted: refuses the replay rather than fill it in from the store', async () => {
    const { topic } = parley.resources;
    const partition = await withKafkaAdmin(async (admin) => {
      const [first] = (await admin.fetchTopicOffsets(topic)).filter((p) => Number(p.high) > 0);
      await admin.deleteTopicRecords({ topic, partitions: [{ partition: first.partition, offset: '1' }] });
      return first.partition;
    });
    await expectRefused(`partition ${partition} starts at offset 1, not 0`);
  });

  it('given a retention that lets Kafka delete events by age: refuses the replay', async () => {
    const week = String(7 * 86_400_000);
    await withKafkaAdmin((admin) =>
      admin.alterConfigs({
        validateOnly: false,
        resources: [
          {
            type: ConfigResourceTypes.TOPIC,
            name: parley.resources.topic,
            configEntries: KEEP_FOREVER.map(({ name, value }) => ({ name, value: name === 'retention.ms' ? week : value })),
          },
        ],
      }),
    );
    await expectRefused(`retention.ms is ${week}, not -1`);
  });
});
