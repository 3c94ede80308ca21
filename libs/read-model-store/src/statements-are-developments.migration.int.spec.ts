import { ProjectionWriter } from './projection-writer';
import { StatementsAreDevelopments1765000400000 } from './migrations/1765000400000-statements-are-developments';
import { MigratedDatabase, migratedDatabase } from '../../../test/support/migrated-database';

describe('StatementsAreDevelopments migration', () => {
  const migration = new StatementsAreDevelopments1765000400000();
  let db: MigratedDatabase;

  beforeAll(async () => {
    db = await migratedDatabase();
    await new ProjectionWriter(db.dataSource).register();
  });
  afterAll(() => db.stop());

  const run = (step: 'up' | 'down') => db.dataSource.transaction((manager) => migration[step](manager.queryRunner!));
  const timelineRow = () => db.dataSource.query(`SELECT version, generation FROM projections WHERE name = 'statement-timeline'`);
  const documents = async (projection: string) =>
    Number((await db.dataSource.query(`SELECT count(*) AS n FROM read_model_documents WHERE projection = $1`, [projection]))[0].n);

  it("down: registers the statement timeline at version 0, in the others' generation, so the code that keeps it rebuilds it", async () => {
    const [{ generation }] = await db.dataSource.query(`SELECT min(generation) AS generation FROM projections`);
    await run('down');
    expect(await timelineRow()).toEqual([{ version: 0, generation }]);
  });

  it("up: removes the statement timeline's documents and registration, and no other read model's", async () => {
    const [{ generation }] = await timelineRow();
    await db.dataSource.query(
      `INSERT INTO read_model_documents (generation, projection, id, doc, keys) VALUES ($1, 'statement-timeline', 's1', '{}', '{}'), ($1, 'developments', 's1', '{}', '{}')`,
      [generation],
    );
    await run('up');
    expect(await timelineRow()).toEqual([]);
    expect(await documents('statement-timeline')).toBe(0);
    expect(await documents('developments')).toBe(1);
  });
});
