import { ParleyEvent, TalksScheduled, cameoOf } from '@parley/domain';
import { DataSource } from 'typeorm';
import { migratedDatabase } from '../../../test/support/migrated-database';
import { peskovStatement } from '../../../test/support/peskov-statement';
import { EventActors1764202560000 } from './migrations/1764202560000-event-actors';
import { PgEventStore } from './pg-event-store';

const scheduled = (round: number, mediators: string[]): TalksScheduled => ({
  type: 'TalksScheduled',
  data: {
    developmentId: `round-${round}`,
    trackId: 'russia-ukraine',
    round,
    parties: ['RUS', 'UKR'],
    mediators,
    format: 'in_person',
    city: 'Istanbul',
    venue: null,
    hostCountry: null,
    scheduledStart: `2025-0${round + 4}-02T07:00:00.000Z`,
    cameo: cameoOf('043'),
  },
  occurredAt: `2025-0${round + 4}-02T07:00:00.000Z`,
});
const started = (round: number): ParleyEvent => ({
  type: 'TalksStarted',
  data: { trackId: 'russia-ukraine', round, startedAt: `2025-0${round + 4}-02T09:00:00.000Z` },
  occurredAt: `2025-0${round + 4}-02T09:00:00.000Z`,
});

describe('the index of who each event concerns', () => {
  let db: Awaited<ReturnType<typeof migratedDatabase>>;
  let store: PgEventStore;
  let dataSource: DataSource;
  const concerning = async (actor: string) => (await store.readAll({ after: 0, limit: 100, actor })).map((e) => `${e.type}:${e.streamId}`);

  beforeAll(async () => {
    db = await migratedDatabase();
    dataSource = db.dataSource;
    store = new PgEventStore(dataSource);
    await store.append('negotiation-track-russia-ukraine', 0, [scheduled(1, ['TUR']), started(1)], { metadata: {} });
    await store.append('statement-a', 0, [peskovStatement(1, { targets: ['USA'] })], { metadata: {} });
    // A mediator who joins at the second round.
    await store.append('negotiation-track-russia-ukraine', 2, [scheduled(2, ['TUR', 'USA']), started(2)], { metadata: {} });
  });
  afterAll(() => db.stop());

  it('gives an actor every event of each stream that names it, those before it was named included', async () => {
    const track = ['TalksScheduled', 'TalksStarted', 'TalksScheduled', 'TalksStarted'].map((t) => `${t}:negotiation-track-russia-ukraine`);
    expect(await concerning('TUR')).toEqual(track);
    expect(await concerning('USA')).toEqual([track[0], track[1], 'StatementRecorded:statement-a', track[2], track[3]]);
    expect(await concerning('PESKOV')).toEqual(['StatementRecorded:statement-a']);
    expect(await concerning('CHN')).toEqual([]);
  });

  it('pages by position through what concerns an actor', async () => {
    const [, second] = await store.readAll({ after: 0, limit: 2, actor: 'USA' });
    expect((await store.readAll({ after: second.position, limit: 2, actor: 'USA' })).map((e) => e.type)).toEqual(['StatementRecorded', 'TalksScheduled']);
  });

  it('builds the same index from the events already stored when the migration runs', async () => {
    const index = () => dataSource.query(`SELECT actor, position::int FROM event_actors ORDER BY actor, position`);
    const appended = await index();
    const runner = dataSource.createQueryRunner();
    try {
      await new EventActors1764202560000().down(runner);
      await new EventActors1764202560000().up(runner);
    } finally {
      await runner.release();
    }
    expect(await index()).toEqual(appended);
  });
});
