import { Client } from 'pg';

/**
 * What CREATE DATABASE raises when a concurrent start created it meanwhile: 42P04 when the other had
 * committed already, 23505 (a unique violation on pg_database) when both got past that check; either
 * way the database exists once the other's creation commits, which PostgreSQL waits for.
 */
const CREATED_MEANWHILE = new Set(['42P04', '23505']);

/** Creates the database named in the URL when it does not exist yet, connecting to `postgres` to do so. */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`).catch((error: { code?: string }) => {
        if (!CREATED_MEANWHILE.has(error.code ?? '')) throw error;
      });
    }
  } finally {
    await client.end();
  }
}
