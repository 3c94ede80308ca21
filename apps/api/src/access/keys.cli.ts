/**
 * npm run keys -- create --role writer --name "desk"   prints a new key, once
 * npm run keys -- revoke <id or name>
 * npm run keys -- list
 * Uses DATABASE_URL like the service; the database is created and migrated when needed.
 */
import { ApiKeyStore } from '@parley/api-keys';
import { ROLES, Role, loadConfig } from '@parley/config';
import { dataSourceOptions, openDatabase } from '@parley/database';
import { parseArgs } from 'node:util';

const USAGE = 'usage: npm run keys -- create --role writer|admin --name <name> | revoke <id or name> | list';

async function withStore<T>(work: (store: ApiKeyStore) => Promise<T>): Promise<T> {
  const config = loadConfig(process.env);
  const dataSource = await openDatabase({ ...dataSourceOptions(config), logging: ['error'] });
  try {
    return await work(new ApiKeyStore(dataSource));
  } finally {
    await dataSource.destroy();
  }
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { role: { type: 'string' }, name: { type: 'string' } },
  });
  const [command, target] = positionals;
  if (command === 'create') {
    const role = values.role as Role;
    const name = values.name?.trim();
    if (!ROLES.includes(role) || !name) throw new Error(USAGE);
    const { id, key } = await withStore((store) => store.create(name, role));
    console.log(`created ${role} key ${id} "${name}"; it is shown this once, keep it safe:\n${key}`);
    return 0;
  }
  if (command === 'revoke' && target) {
    const revoked = await withStore((store) => store.revoke(target));
    console.log(revoked > 0 ? `revoked ${revoked} key(s) matching "${target}"` : `no active key matches "${target}"`);
    return revoked > 0 ? 0 : 1;
  }
  if (command === 'list') {
    const keys = await withStore((store) => store.list());
    for (const k of keys) {
      console.log(`${k.id}\t${k.role}\t${k.name}\tcreated ${k.createdAt.toISOString()}${k.revokedAt ? `\trevoked ${k.revokedAt.toISOString()}` : ''}`);
    }
    return 0;
  }
  throw new Error(USAGE);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  },
);
