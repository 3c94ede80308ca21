import { ParleyEvent, RecordedEvent, cameoOf } from '@parley/domain';
import { PROJECTIONS, getTrackStatus } from '@parley/read-models';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { istanbulEvents } from '../../read-models/test/istanbul-events';
import { recorded } from '../../read-models/test/recorded';
import { peskovStatement } from '../../../test/support/peskov-statement';
import { WriterDatabase, writerDatabase } from '../../../test/support/writer-database';
import { PgDocumentReader } from './pg-document-reader';
import { BatchTurn, ProjectionWriter } from './projection-writer';

const exchange = (developmentId: string, count: number): ParleyEvent => ({
  type: 'PrisonerExchangeRecorded',
  data: {
    developmentId,
    occurredAt: '2025-05-24T12:00:00.000Z',
    returned: [
      { to: 'RUS', count },
      { to: 'UKR', count },
    ],
    category: 'pow',
    mediators: [],
    trackId: 'russia-ukraine',
    source: null,
    cameo: cameoOf('0841'),
  },
  occurredAt: '2025-05-24T12:00:00.000Z',
});

describe('two projectors writing one document at once', () => {
  let db: WriterDatabase;
  let dataSource: DataSource;
  let writer: ProjectionWriter;

  beforeAll(async () => {
    db = await writerDatabase();
    ({ dataSource, writer } = db);
  });
  afterAll(() => db.stop());

  /** A projector's transaction that applies `events` and holds its locks until `release` resolves. */
  const applyAndHold = (events: RecordedEvent[], release: Promise<void>): Promise<void> => writer.applyInTransaction('blue', events, { beforeCommit: () => release });

  it('given two exchanges of one track in two streams (two partitions), applied by overlapping transactions: counts both', async () => {
    const scheduled = istanbulEvents.find((e) => e.type === 'TalksScheduled')!;
    const [opening, first, second] = recorded([scheduled, exchange('x-1', 307), exchange('x-2', 390)], (e) =>
      e.type === 'TalksScheduled' ? 'negotiation-track-russia-ukraine' : (e.data as { developmentId: string }).developmentId,
    );
    await applyAndHold([opening], Promise.resolve());
    let commitFirst!: () => void;
    const firstHeld = new Promise<void>((resolve) => (commitFirst = resolve));

    // When the first transaction has written the track's document but not committed, and the second starts
    const one = applyAndHold([first], firstHeld);
    await sleep(300);
    const two = applyAndHold([second], Promise.resolve());
    await sleep(300);
    commitFirst();
    await Promise.all([one, two]);

    // Then the track counts both exchanges: the second waited for the first rather than overwriting it
    const status = await getTrackStatus(new PgDocumentReader(dataSource), 'russia-ukraine');
    expect(status?.prisonerExchanges).toEqual({ count: 2, returned: { RUS: 697, UKR: 697 } });
  });
});

describe('two projectors applying one partition at once', () => {
  let db: WriterDatabase;

  beforeAll(async () => {
    db = await writerDatabase();
  });
  afterAll(() => db.stop());

  /** The sums of a generation, by key. */
  const totals = async (generation: number) =>
    new Map(
      ((await db.dataSource.query(`SELECT key, value FROM read_model_totals WHERE generation = $1`, [generation])) as { key: string; value: string[] }[]).map(
        (r) => [r.key, r.value.map(Number)],
      ),
    );

  it('given a retraction fetched by two consumers during a rebalance, applied by overlapping transactions: it takes the sums out once', async () => {
    const [statement, retraction] = recorded(
      [peskovStatement(1, { cameo: cameoOf('111') }), { type: 'DevelopmentRetracted', data: { developmentId: 's-1', kind: 'statement', trackId: null, reason: null }, occurredAt: '2025-05-31T10:00:00.000Z' }],
      () => 'statement-s-1',
    );
    const [{ generation: blue }] = await db.dataSource.query(`SELECT generation FROM projections WHERE name = 'developments'`);
    await db.apply([statement]);
    expect((await totals(blue)).size).toBeGreaterThan(0);
    let writeFirst!: () => void;
    const firstHeld = new Promise<void>((resolve) => (writeFirst = resolve));
    const heldBeforeItsWrite: BatchTurn = { locked: () => undefined, mayWrite: () => firstHeld, written: () => undefined, mayCommit: async () => undefined };

    // When the first has read and folded the retraction but not written it, and the second applies it too
    const one = db.writer.applyInTransaction('blue', [retraction], { turn: heldBeforeItsWrite });
    await sleep(300);
    const two = db.writer.applyInTransaction('blue', [retraction]);
    await sleep(300);
    writeFirst();
    await Promise.all([one, two]);

    // Then the sums are those of the statement and its retraction applied once, in a generation of their own: none
    const [{ generation: once }] = await db.dataSource.query(`INSERT INTO read_model_generations DEFAULT VALUES RETURNING generation`);
    await db.writer.applyInTransaction([{ generation: once, projections: PROJECTIONS }], [statement, retraction]);
    expect(await totals(blue)).toEqual(await totals(once));
  });
});
