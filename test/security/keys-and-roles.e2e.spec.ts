import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createApp } from '../../apps/api/src/create-app';
import { TRACK, exchangeOf24May, scheduleRound2 } from '../support/istanbul';
import { ADMIN_KEY, ParleyUnderTest, WRITER_KEY, startParley } from '../support/parley-under-test';

const keysCli = (databaseUrl: string, ...args: string[]) =>
  promisify(execFile)('node', ['-r', '@swc-node/register', 'apps/api/src/access/keys.cli.ts', ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });

describe('API keys and roles', () => {
  let parley: ParleyUnderTest;
  const exchanges = '/api/v1/prisoner-exchanges';
  const deadLetters = '/api/v1/admin/dead-letters';

  beforeAll(async () => {
    parley = await startParley();
  });
  afterAll(() => parley.stop());

  // Refusals to no key, an unknown key or a writer's key, and an admin key writing, are specified without
  // PostgreSQL or Kafka: apps/api/src/access/access.api.spec.ts. What reads the database stays here.
  it('answers the admin status and the projection status to admin keys', async () => {
    await parley.http().get(deadLetters).set('X-API-Key', ADMIN_KEY).expect(200);
    await parley.http().get('/api/v1/admin/projections').set('X-API-Key', ADMIN_KEY).expect(200);
  });

  describe('given a key made with `npm run keys -- create`', () => {
    let key: string;

    beforeAll(async () => {
      const { stdout } = await keysCli(parley.resources.databaseUrl, 'create', '--role', 'writer', '--name', 'desk');
      key = stdout.trim().split('\n').at(-1)!;
    });

    it('stores only its SHA-256 hash', async () => {
      const { rows } = await parley.db.query(`SELECT name, role, encode(key_hash, 'hex') AS hash FROM api_keys`);
      expect(rows).toEqual([{ name: 'desk', role: 'writer', hash: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
      expect(JSON.stringify(rows)).not.toContain(key);
    });

    it('writes, and each event records the key by name and id', async () => {
      const { body } = await parley.post(`/api/v1/negotiations/${TRACK}/rounds`, scheduleRound2, { 'X-API-Key': key }).expect(201);
      const { rows } = await parley.db.query(`SELECT metadata FROM events WHERE position = $1`, [body.position]);
      expect(rows[0].metadata.writtenBy).toBe('desk#1');
    });

    it('is refused with 401 once revoked', async () => {
      await keysCli(parley.resources.databaseUrl, 'revoke', 'desk');
      const before = await parley.eventCount();
      await parley.post(exchanges, exchangeOf24May, { 'X-API-Key': key }).expect(401);
      expect(await parley.eventCount()).toBe(before);
    });
  });

  describe('given READS_PUBLIC=false', () => {
    let closed: ParleyUnderTest;
    beforeAll(async () => {
      closed = await startParley({ READS_PUBLIC: 'false' });
    });
    afterAll(() => closed.stop());

    it('answers reads only to a known key, and health probes to anyone', async () => {
      await closed.http().get('/api/v1/negotiations').expect(401);
      await closed.http().get('/api/v1/negotiations').set('X-API-Key', WRITER_KEY).expect(200);
      await closed.http().get('/health/live').expect(200);
    });
  });

  it('refuses to start in production without any key, naming the problem', async () => {
    // The configuration refuses it before anything starts: production needs API_KEYS.
    await expect(createApp({ ...parley.resources.env, NODE_ENV: 'production', API_KEYS: '', PARLEY_COMPONENTS: 'api' })).rejects.toThrow(
      /API_KEYS: is required in production/,
    );
  });
});
