import { MigratedDatabase, migratedDatabase } from '../../../test/support/migrated-database';
import { prepared } from './prepared';

describe('statements prepared once on each connection', () => {
  let db: MigratedDatabase;

  beforeAll(async () => {
    db = await migratedDatabase();
    await db.dataSource.query(`CREATE TABLE noted (n int)`);
    await db.dataSource.query(`INSERT INTO noted VALUES (1)`);
  });
  afterAll(() => db.stop());

  it('given a table changed under a prepared statement by a migration: fails once, then answers from the new table', async () => {
    const runner = db.dataSource.createQueryRunner();
    const read = () => prepared<Record<string, number>>(runner, `SELECT * FROM noted`, []);
    try {
      expect(await read()).toEqual([{ n: 1 }]);
      await runner.query(`ALTER TABLE noted ADD COLUMN m int DEFAULT 2`);
      await expect(read()).rejects.toThrow(/cached plan must not change result type/);
      expect(await read()).toEqual([{ n: 1, m: 2 }]);
    } finally {
      await runner.release();
    }
  });
});
