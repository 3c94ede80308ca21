import { ParleyEvent, RecordedEvent, cameoOf } from '@parley/domain';
import { getTrackStatus } from '@parley/read-models';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { istanbulEvents } from '../../read-models/test/istanbul-events';
import { recorded } from '../../read-models/test/recorded';
import { WriterDatabase, writerDatabase } from '../../../test/support/writer-database';
import { PgDocumentReader } from './pg-document-reader';
import { ProjectionWriter } from './projection-writer';

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
  const applyAndHold = (events: RecordedEvent[], release: Promise<void>): Promise<void> => writer.applyInTransaction('blue', events, undefined, () => release);

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
