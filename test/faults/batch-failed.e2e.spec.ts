import { loadConfig } from '@parley/config';
import { RecordedEvent } from '@parley/domain';
import { PgEventStore } from '@parley/event-store';
import { OutboxRelay, Projector } from '@parley/messaging';
import { ParleyMetrics } from '@parley/metrics';
import { BatchTransaction, GenerationTarget, ProjectionWriter } from '@parley/read-model-store';
import { Client } from 'pg';
import { DataSource, QueryRunner } from 'typeorm';
import { appendDevelopments } from '../support/developments';
import { migratedDatabase } from '../support/migrated-database';
import { eventually } from '../support/parley-process';
import { appliedThrough, outboxBacklog } from '../support/progress';
import { sample } from '../support/prometheus';
import { storedAndFoldedReadModels } from '../support/read-models-agree';

const EVENTS = 200;

/** A fault that is no broker's: a reducer's bug, a deadlock, a connection lost mid-batch. */
const FAULT = () => new TypeError(`Cannot read properties of undefined (reading 'count')`);

/** Read models whose first batch fails once: before it holds its locks (its handler still waiting), or after it wrote (its handler returned). */
class WriterFailingOnce extends ProjectionWriter {
  failed = false;

  constructor(
    dataSource: DataSource,
    private readonly when: 'before its locks' | 'after it wrote',
  ) {
    super(dataSource);
  }

  override async apply(runner: QueryRunner, targets: readonly GenerationTarget[], events: readonly RecordedEvent[], options?: BatchTransaction): Promise<void> {
    if (!this.failed && this.when === 'before its locks') this.fail();
    await super.apply(runner, targets, events, options);
    if (!this.failed) this.fail();
  }

  private fail(): never {
    this.failed = true;
    throw FAULT();
  }
}

describe.each(['before its locks', 'after it wrote'] as const)('a projector batch failing %s', (when) => {
  let database: Awaited<ReturnType<typeof migratedDatabase>>;
  let watcher: Client;
  let projector: Projector;

  beforeAll(async () => {
    database = await migratedDatabase();
    await appendDevelopments(new PgEventStore(database.dataSource), EVENTS);
    const relay = new OutboxRelay(loadConfig(database.resources.env), database.dataSource, new ParleyMetrics());
    relay.onApplicationBootstrap();
    watcher = new Client({ connectionString: database.resources.databaseUrl });
    await watcher.connect();
    await eventually('the outbox to be published', async () => (await outboxBacklog(watcher)) === 0);
    await relay.onApplicationShutdown();
  });
  afterAll(async () => {
    await projector?.onApplicationShutdown();
    await watcher?.end();
    await database?.stop();
  });

  it('given the batch fails once, when its consumer is replaced, then the new consumer applies every event once', async () => {
    const metrics = new ParleyMetrics();
    const writer = new WriterFailingOnce(database.dataSource, when);
    projector = new Projector(loadConfig(database.resources.env), writer, metrics);

    await projector.onApplicationBootstrap();

    await eventually('every event applied', async () => (await appliedThrough(watcher)) === EVENTS, 30_000);
    expect(writer.failed).toBe(true);
    const { events, stored, folded } = await storedAndFoldedReadModels(database.resources.databaseUrl);
    expect(events).toBe(EVENTS);
    expect(stored).toEqual(folded);
    const exposition = await metrics.exposition();
    const state = (s: string) => sample(exposition, 'parley_kafka_consumer_state', { group: database.resources.groupId, state: s });
    expect([state('joined'), state('crashed')]).toEqual([1, 0]);
    expect(projector.lastError).toBeNull();
  });
});
