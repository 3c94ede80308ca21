import { Role } from '@parley/config';
import { createHash, randomBytes } from 'node:crypto';

/** Who presented a key: its role and the name events record as `writtenBy` (never the key). */
export interface KeyHolder {
  readonly name: string;
  readonly role: Role;
}

export const hashKey = (key: string): Buffer => createHash('sha256').update(key, 'utf8').digest();

/** 256 random bits, URL-safe, with a prefix that makes a leaked key easy to recognise in a scan. */
export const generateKey = (): string => `parley_${randomBytes(32).toString('base64url')}`;

/** An admin may do whatever a writer may. */
export const grants = (held: Role, required: Role): boolean => held === 'admin' || held === required;
