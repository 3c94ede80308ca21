import { MigratedDatabase, migratedDatabase } from '../../../test/support/migrated-database';
import { copyRows } from './copy-rows';

describe('copyRows: COPY inside the caller’s transaction', () => {
  let db: MigratedDatabase;

  beforeAll(async () => {
    db = await migratedDatabase();
  });
  afterAll(() => db.stop());

  const ODD = ['back\\slash', 'tab\there', 'new\nline', 'carriage\rreturn', '\\N', 'quote " and \' and \u0001', 'Переговоры, 日本語, عربي', ''];

  it('stores every string as given, whatever characters it holds, and a document as its JSON', async () => {
    const docs = ODD.map((text, i) => ({ i, text, nested: { text } }));
    await db.dataSource.transaction(async (manager) => {
      await manager.query(`CREATE TABLE copied (n int, text text, doc jsonb)`);
      await copyRows(manager.queryRunner!, 'copied (n, text, doc)', docs.map((d) => [String(d.i), d.text, JSON.stringify(d)]));
    });
    const rows: { n: number; text: string; doc: unknown }[] = await db.dataSource.query(`SELECT n, text, doc FROM copied ORDER BY n`);
    expect(rows).toEqual(docs.map((d) => ({ n: d.i, text: d.text, doc: d })));
  });

  it('stores rows that run from one chunk into the next, and a field longer than a chunk', async () => {
    const texts = [...Array.from({ length: 3_000 }, (_, i) => `${ODD[i % ODD.length]} ${'é'.repeat(i % 300)}`), 'ж\t'.repeat(200_000)];
    await db.dataSource.transaction(async (manager) => {
      await manager.query(`CREATE TABLE chunked (n int, text text)`);
      await copyRows(manager.queryRunner!, 'chunked (n, text)', texts.map((text, i) => [String(i), text]));
    });
    const rows: { text: string }[] = await db.dataSource.query(`SELECT text FROM chunked ORDER BY n`);
    expect(rows.map((r) => r.text)).toEqual(texts);
  });

  it('loads nothing when its transaction rolls back', async () => {
    await db.dataSource.query(`CREATE TABLE rolled_back (text text)`);
    await expect(
      db.dataSource.transaction(async (manager) => {
        await copyRows(manager.queryRunner!, 'rolled_back (text)', [['kept only if committed']]);
        throw new Error('abandoned');
      }),
    ).rejects.toThrow('abandoned');
    expect(await db.dataSource.query(`SELECT text FROM rolled_back`)).toEqual([]);
  });
});
