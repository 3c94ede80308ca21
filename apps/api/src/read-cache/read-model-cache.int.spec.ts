import { ParleyConfig } from '@parley/config';
import { HighWaterMark, PgDocumentReader } from '@parley/read-model-store';
import { NEGOTIATION_STATUS } from '@parley/read-models';
import { eventually } from '../../../../test/support/parley-process';
import { MigratedDatabase, migratedDatabase } from '../../../../test/support/migrated-database';
import { ReadModelCache } from './read-model-cache';

describe('the read model cache', () => {
  let db: MigratedDatabase;
  let cache: ReadModelCache;
  let generation: number;

  /** What a projector's batch does to a document: writes it and moves the mark, in one transaction; `unheard` as if no notification went out. */
  const project = (id: string, doc: object, mark: number, { unheard = false } = {}) =>
    db.dataSource.transaction(async (manager) => {
      if (unheard) await manager.query(`SET LOCAL session_replication_role = replica`);
      await manager.query(
        `INSERT INTO read_model_documents (generation, projection, id, doc, keys) VALUES ($1, $2, $3, $4, '{}')
         ON CONFLICT (generation, projection, id) DO UPDATE SET doc = EXCLUDED.doc`,
        [generation, NEGOTIATION_STATUS, id, JSON.stringify(doc)],
      );
      await manager.query(`UPDATE read_model_generations SET applied_through = $1 WHERE generation = $2`, [mark, generation]);
    });

  beforeAll(async () => {
    db = await migratedDatabase();
    [{ generation }] = await db.dataSource.query(`INSERT INTO read_model_generations DEFAULT VALUES RETURNING generation`);
    await db.dataSource.query(`INSERT INTO projections (name, generation) VALUES ($1, $2)`, [NEGOTIATION_STATUS, generation]);
    // Written before the cache listens: no notification of it can arrive later and clear what the tests read.
    await project('t', { v: 1 }, 1);
    const config = { database: { url: db.resources.databaseUrl } } as ParleyConfig;
    cache = new ReadModelCache(new PgDocumentReader(db.dataSource), new HighWaterMark(db.dataSource), config);
    await cache.ready();
  });
  afterAll(async () => {
    await cache.onApplicationShutdown();
    await db.stop();
  });

  const read = (minPosition?: number) => cache.reader(minPosition).get<{ v: number }>(NEGOTIATION_STATUS, 't');

  it('given a document read, answers it from memory until a transaction changes the read models, then reads it again', async () => {
    expect(await read()).toEqual({ v: 1 });
    await project('t', { v: 2 }, 1, { unheard: true });
    expect(await read()).toEqual({ v: 1 });
    await project('u', { v: 0 }, 2);
    await eventually('the change heard', async () => (await read())?.v === 2);
  });

  it('given a read with minPosition beyond what its entry shows, reads PostgreSQL rather than the entry, at once', async () => {
    expect(await read()).toEqual({ v: 2 });
    await project('t', { v: 5 }, 4, { unheard: true });
    expect(await read()).toEqual({ v: 2 });
    expect(await read(4)).toEqual({ v: 5 });
    expect(await read()).toEqual({ v: 5 });
  });
});
