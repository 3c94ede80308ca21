import { ProjectionWriter } from './projection-writer';
import { ListsOfDevelopments1765000400000 } from './migrations/1765000400000-lists-of-developments';
import { MigratedDatabase, migratedDatabase } from '../../../test/support/migrated-database';

describe('ListsOfDevelopments migration', () => {
  const migration = new ListsOfDevelopments1765000400000();
  const retired = ['prisoner-exchange-ledger', 'statement-timeline'];
  let db: MigratedDatabase;

  beforeAll(async () => {
    db = await migratedDatabase();
    await new ProjectionWriter(db.dataSource).register();
  });
  afterAll(() => db.stop());

  const run = (step: 'up' | 'down') => db.dataSource.transaction((manager) => migration[step](manager.queryRunner!));
  const retiredRows = () =>
    db.dataSource.query(`SELECT name, version, generation FROM projections WHERE name = ANY($1) ORDER BY name`, [retired]);
  const documents = async (projection: string) =>
    Number((await db.dataSource.query(`SELECT count(*) AS n FROM read_model_documents WHERE projection = $1`, [projection]))[0].n);

  it("down: registers the statement timeline and the exchange ledger at version 0, in the others' generation, so the code that keeps them rebuilds them", async () => {
    const [{ generation }] = await db.dataSource.query(`SELECT min(generation) AS generation FROM projections`);
    await run('down');
    expect(await retiredRows()).toEqual(retired.map((name) => ({ name, version: 0, generation })));
  });

  it("up: removes their documents and registrations, and no other read model's", async () => {
    const [{ generation }] = await retiredRows();
    await db.dataSource.query(
      `INSERT INTO read_model_documents (generation, projection, id, doc, keys)
       SELECT $1, p, 's1', '{}', '{}' FROM unnest($2::text[]) AS p`,
      [generation, [...retired, 'developments']],
    );
    await run('up');
    expect(await retiredRows()).toEqual([]);
    for (const projection of retired) expect(await documents(projection)).toBe(0);
    expect(await documents('developments')).toBe(1);
  });
});
