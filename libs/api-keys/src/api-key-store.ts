import { Injectable } from '@nestjs/common';
import { Role } from '@parley/config';
import { DataSource } from 'typeorm';
import { KeyHolder, generateKey, hashKey } from './api-key';

export interface StoredApiKey {
  readonly id: number;
  readonly name: string;
  readonly role: Role;
  readonly createdAt: Date;
  readonly revokedAt: Date | null;
}

/** The name a database key writes under: its name and id, so two keys named alike stay apart. */
const holderName = (row: { id: number; name: string }) => `${row.name}#${row.id}`;

/** Keys made by `npm run keys`: only their hash is stored, the key itself is shown once. */
@Injectable()
export class ApiKeyStore {
  constructor(private readonly dataSource: DataSource) {}

  async create(name: string, role: Role): Promise<{ id: number; key: string }> {
    const key = generateKey();
    const [{ id }] = await this.dataSource.query(
      `INSERT INTO api_keys (name, role, key_hash) VALUES ($1, $2, $3) RETURNING id`,
      [name, role, hashKey(key)],
    );
    return { id, key };
  }

  /** Revokes by id or by name; returns how many keys it revoked. */
  async revoke(idOrName: string): Promise<number> {
    const result = await this.dataSource.query(
      `UPDATE api_keys SET revoked_at = now() WHERE revoked_at IS NULL AND (id::text = $1 OR name = $1)`,
      [idOrName],
    );
    return result[1];
  }

  async holderOf(key: string): Promise<KeyHolder | null> {
    const [row] = await this.dataSource.query(
      `SELECT id, name, role FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL`,
      [hashKey(key)],
    );
    return row ? { name: holderName(row), role: row.role } : null;
  }

  async list(): Promise<StoredApiKey[]> {
    const rows = await this.dataSource.query(`SELECT id, name, role, created_at, revoked_at FROM api_keys ORDER BY id`);
    return rows.map((r: { id: number; name: string; role: Role; created_at: Date; revoked_at: Date | null }) => ({
      id: r.id,
      name: r.name,
      role: r.role,
      createdAt: r.created_at,
      revokedAt: r.revoked_at,
    }));
  }

  async countActive(): Promise<number> {
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM api_keys WHERE revoked_at IS NULL`);
    return n;
  }
}
