import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API keys, stored as the SHA-256 of the key only. Keys are 256 random bits, so a fast unsalted hash is
 * enough: nobody can guess them by brute force, and a lookup by hash stays one index probe per request.
 */
export class ApiKeys1764202000000 implements MigrationInterface {
  name = 'ApiKeys1764202000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE api_keys (
        id serial PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        role text NOT NULL CHECK (role IN ('writer', 'admin')),
        key_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE api_keys`);
  }
}
