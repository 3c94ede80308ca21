import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { testConfig } from '../../../test/support/test-config';
import { loadConfig } from '@parley/config';
import { MIGRATIONS, dataSourceOptions } from './data-source-options';
import { ensureDatabase } from './ensure-database';
import { openDatabase } from './open-database';

describe('opening a database that may not exist yet', () => {
  const { databaseUrl } = testConfig();
  const names: string[] = [];
  const freshName = () => {
    const name = `parley_test_ensure_${randomBytes(4).toString('hex')}`;
    names.push(name);
    return name;
  };
  const exists = async (name: string) => {
    const admin = new Client({ connectionString: databaseUrl('postgres') });
    await admin.connect();
    try {
      return (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
    } finally {
      await admin.end();
    }
  };

  afterAll(async () => {
    const admin = new Client({ connectionString: databaseUrl('postgres') });
    await admin.connect();
    for (const name of names) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });

  it('creates a missing database, and leaves an existing one alone', async () => {
    const name = freshName();
    await ensureDatabase(databaseUrl(name));
    await ensureDatabase(databaseUrl(name));
    expect(await exists(name)).toBe(true);
  });

  it('lets processes that start at once all go ahead when the database is missing', async () => {
    // Each round is a fresh race: several starts that all saw no database and all try to create it.
    for (let round = 0; round < 5; round++) {
      const url = databaseUrl(freshName());
      const outcomes = await Promise.allSettled(Array.from({ length: 4 }, () => ensureDatabase(url)));
      expect(outcomes.filter((o) => o.status === 'rejected')).toEqual([]);
    }
  });

  it('given processes that start together on a missing database: creates and migrates it once, and all open it', async () => {
    const options = { ...dataSourceOptions(loadConfig({ DATABASE_URL: databaseUrl(freshName()) })), logging: false as const };
    const opened = await Promise.allSettled(Array.from({ length: 3 }, () => openDatabase(options)));
    try {
      expect(opened.filter((o) => o.status === 'rejected')).toEqual([]);
      const [first] = opened as PromiseFulfilledResult<Awaited<ReturnType<typeof openDatabase>>>[];
      expect(await first.value.query('SELECT count(*)::int AS n FROM migrations')).toEqual([{ n: MIGRATIONS.length }]);
    } finally {
      for (const o of opened) if (o.status === 'fulfilled') await o.value.destroy();
    }
  });
});
