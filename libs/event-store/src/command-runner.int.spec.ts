import { RecordStatement, RuleViolation, statementDecider } from '@parley/domain';
import { migratedDatabase } from '../../../test/support/migrated-database';
import { peskovStatement } from '../../../test/support/peskov-statement';
import { CommandRunner } from './command-runner';
import { PgEventStore } from './pg-event-store';

const record = (n: number): RecordStatement => {
  const { cameo: _cameo, developmentId: _id, ...report } = peskovStatement(n).data;
  const claim = { identityStream: 'fresh', corroborates: null, distinct: false };
  return { type: 'RecordStatement', data: { ...report, cameoCode: null, ...claim }, metadata: { now: '2025-05-30T10:00:00.000Z' } };
};

describe('command runner on a stream that is most likely new', () => {
  let db: Awaited<ReturnType<typeof migratedDatabase>>;
  let store: PgEventStore;
  let runner: CommandRunner;

  beforeAll(async () => {
    db = await migratedDatabase();
    store = new PgEventStore(db.dataSource);
    runner = new CommandRunner(store);
  });
  afterAll(() => db.stop());

  it('decides without reading the stream', async () => {
    const readStream = jest.spyOn(store, 'readStream');
    const outcome = await runner.run('statement-fresh', statementDecider, record(1), { metadata: {}, likelyNew: true });
    expect(outcome).toMatchObject({ streamVersion: 1 });
    expect(readStream).not.toHaveBeenCalled();
    readStream.mockRestore();
  });

  it('given the stream exists after all, reads it on the retry and decides on its history', async () => {
    await runner.run('statement-taken', statementDecider, record(2), { metadata: {} });
    await expect(runner.run('statement-taken', statementDecider, record(2), { metadata: {}, likelyNew: true })).rejects.toThrow(RuleViolation);
    expect((await store.readStream('statement-taken')).map((e) => e.streamVersion)).toEqual([1]);
  });
});
