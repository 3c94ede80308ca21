import { Logger } from '@nestjs/common';
import { loadConfig } from '@parley/config';
import { ParleyEvent, cameoOf, talksDevelopmentId } from '@parley/domain';
import { PgEventStore } from '@parley/event-store';
import { OutboxRelay, Projector } from '@parley/messaging';
import { ParleyMetrics } from '@parley/metrics';
import { ProjectionWriter } from '@parley/read-model-store';
import { DataSource } from 'typeorm';
import { spawnTs, stopProcess } from './support/child-process';
import { migratedDatabase } from './support/migrated-database';
import { peskovStatement } from './support/peskov-statement';

const TRACKS = 40;
const EXCHANGES = 3_000;
const STATEMENTS = 3_000;
const TOTAL = TRACKS + EXCHANGES + STATEMENTS;

const scheduled = (t: number): ParleyEvent => ({
  type: 'TalksScheduled',
  data: {
    developmentId: talksDevelopmentId(`t-${t}`, 1),
    trackId: `t-${t}`,
    round: 1,
    parties: ['RUS', 'UKR'],
    mediators: ['TUR'],
    format: 'in_person',
    city: 'Istanbul',
    venue: null,
    hostCountry: null,
    scheduledStart: '2025-06-02T07:00:00.000Z',
    cameo: cameoOf('036'),
  },
  occurredAt: '2025-05-30T12:00:00.000Z',
});
const exchange = (n: number): ParleyEvent => ({
  type: 'PrisonerExchangeRecorded',
  data: {
    developmentId: `x-${n}`,
    occurredAt: '2025-05-24T12:00:00.000Z',
    returned: [{ to: 'RUS', count: 1 + (n % 7) }, { to: 'UKR', count: 2 }],
    category: 'pow',
    mediators: [],
    trackId: `t-${n % TRACKS}`,
    source: null,
    cameo: cameoOf('0841'),
  },
  occurredAt: '2025-05-24T12:00:00.000Z',
});
const statement = (n: number) => peskovStatement(n, { trackId: `t-${n % TRACKS}` });

const documents = (dataSource: DataSource) =>
  dataSource.query(`SELECT projection, id, doc FROM read_model_documents ORDER BY projection, id`);
const appliedOffsets = async (dataSource: DataSource, groupId: string) =>
  Number((await dataSource.query(`SELECT coalesce(sum(next_offset), 0) AS n FROM projector_offsets WHERE group_id = $1`, [groupId]))[0].n);
const until = async (condition: () => Promise<boolean>) => {
  while (!(await condition())) await new Promise((r) => setTimeout(r, 50));
};

describe('projectors scaled out in one consumer group', () => {
  let scaled: Awaited<ReturnType<typeof migratedDatabase>>;
  let single: Awaited<ReturnType<typeof migratedDatabase>>;

  beforeAll(async () => {
    // The reference projector runs in this process: its per-event debug lines would flood the output.
    Logger.overrideLogger(['error', 'warn']);
    [scaled, single] = await Promise.all([migratedDatabase({ KAFKA_PARTITIONS: '4' }), migratedDatabase()]);
    const store = new PgEventStore(scaled.dataSource);
    await Promise.all(Array.from({ length: TRACKS }, (_, t) => store.append(`negotiation-track-t-${t}`, 0, [scheduled(t)], { metadata: {} })));
    await Promise.all([
      ...Array.from({ length: EXCHANGES }, (_, n) => store.append(`prisoner-exchange-x-${n}`, 0, [exchange(n)], { metadata: {} })),
      ...Array.from({ length: STATEMENTS }, (_, n) => store.append(`statement-s-${n}`, 0, [statement(n)], { metadata: {} })),
    ]);
    const relay = new OutboxRelay(loadConfig({ ...scaled.resources.env, KAFKA_PARTITIONS: '4' }), scaled.dataSource, new ParleyMetrics());
    relay.onApplicationBootstrap();
    await until(async () => (await new PgEventStore(scaled.dataSource).outboxBacklog()) === 0);
    await relay.onApplicationShutdown();
  }, 120_000);
  afterAll(async () => {
    await Promise.all([scaled?.stop(), single?.stop()]);
  });

  it('given two projector processes and one killed halfway, the read models equal a single projector run', async () => {
    const { groupId } = scaled.resources;
    // Kafka's rebalancing chatter after the kill is expected; only a fatal error would matter here.
    const env = { ...scaled.resources.env, LOG_LEVEL: 'fatal' };
    const projectors = [spawnTs('apps/projector/src/main.ts', env), spawnTs('apps/projector/src/main.ts', env)];
    try {
      await until(async () => (await appliedOffsets(scaled.dataSource, groupId)) >= TOTAL / 2);
      await stopProcess(projectors[0], 'SIGKILL');
      // The survivor takes over the dead member's partitions once its session times out.
      await until(async () => (await appliedOffsets(scaled.dataSource, groupId)) >= TOTAL);
    } finally {
      await Promise.all(projectors.map((p) => stopProcess(p)));
    }

    const reference = new Projector(
      loadConfig({ ...single.resources.env, KAFKA_TOPIC: scaled.resources.topic }),
      new ProjectionWriter(single.dataSource),
      new ParleyMetrics(),
    );
    await reference.onApplicationBootstrap();
    await until(async () => (await appliedOffsets(single.dataSource, single.resources.groupId)) >= TOTAL);
    await reference.onApplicationShutdown();

    const [scaledDocs, singleDocs] = await Promise.all([documents(scaled.dataSource), documents(single.dataSource)]);
    expect(scaledDocs.length).toBeGreaterThanOrEqual(TOTAL);
    expect(scaledDocs).toEqual(singleDocs);
    const track = scaledDocs.find((d: { id: string }) => d.id === 't-0').doc;
    expect(track.prisonerExchanges.count).toBe(EXCHANGES / TRACKS);
  }, 120_000);
});
