import { DEVELOPMENTS, PROJECTIONS } from '@parley/read-models';
import fc from 'fast-check';
import { recorded } from '../../read-models/test/recorded';
import { eventsOf, strike } from '../../read-models/test/strikes';
import { WriterDatabase, writerDatabase } from '../../../test/support/writer-database';
import { TOTAL_NAMES, TotalsSideBySide1765000500000 } from './migrations/1765000500000-totals-side-by-side';
import { PgDocumentReader } from './pg-document-reader';

describe('TotalsSideBySide migration', () => {
  const migration = new TotalsSideBySide1765000500000();
  let db: WriterDatabase;

  beforeAll(async () => {
    db = await writerDatabase();
    const strikes = fc.sample(strike, { numRuns: 120, seed: 7 });
    await db.apply(recorded(eventsOf(strikes), (e) => (e.data as { developmentId: string }).developmentId));
  });
  afterAll(() => db.stop());

  const run = (step: 'up' | 'down') => db.dataSource.transaction((manager) => migration[step](manager.queryRunner!));
  const totals = () => new PgDocumentReader(db.dataSource).totals(DEVELOPMENTS, ['']);
  it('names the totals of each read model as the read model does', () => {
    const declared = Object.fromEntries(PROJECTIONS.filter((p) => p.totalNames).map((p) => [p.name, p.totalNames]));
    expect(declared).toEqual(TOTAL_NAMES);
  });

  it('down keeps every non-zero total as a row by name; up brings them back side by side, the same sums', async () => {
    const before = await totals();
    expect(before.length).toBeGreaterThan(20);

    await run('down');
    const byName: { key: string; name: string; value: string }[] = await db.dataSource.query(
      `SELECT key, name, value FROM read_model_totals WHERE projection = $1 ORDER BY key, name`,
      [DEVELOPMENTS],
    );
    expect(byName.map((r) => [r.key, r.name, Number(r.value)])).toEqual(before.flatMap((t) => Object.entries(t.values).map(([name, v]) => [t.key, name, v])));

    await run('up');
    expect(await totals()).toEqual(before);
  });

  it("up and down keep the trigger that tells the API's document cache the totals changed", async () => {
    const triggers = async () =>
      (await db.dataSource.query(`SELECT tgname FROM pg_trigger WHERE tgrelid = 'read_model_totals'::regclass AND NOT tgisinternal`)).map((t: { tgname: string }) => t.tgname);
    await run('down');
    expect(await triggers()).toEqual(['read_model_totals_changed']);
    await run('up');
    expect(await triggers()).toEqual(['read_model_totals_changed']);
  });
});
