import { Injectable } from '@nestjs/common';
import { KeyHolder, ApiKeyStore, hashKey } from '@parley/api-keys';
import { ParleyConfig } from '@parley/config';
import { timingSafeEqual } from 'node:crypto';

/** The non-secret name an environment key writes under: a short fingerprint of its hash. */
export const envKeyName = (key: string): string => `env:${hashKey(key).toString('hex').slice(0, 12)}`;

/** Every key Parley accepts: those in API_KEYS and those made with `npm run keys`. */
@Injectable()
export class KeyRing {
  private readonly envKeys: { digest: Buffer; holder: KeyHolder }[];

  constructor(
    config: ParleyConfig,
    private readonly store: ApiKeyStore,
  ) {
    this.envKeys = config.apiKeys.map(({ key, role }) => ({ digest: hashKey(key), holder: { name: envKeyName(key), role } }));
  }

  /** `presented` is the key's hash when the request has worked it out already (`presentedDigest`). */
  async holderOf(key: string, presented = hashKey(key)): Promise<KeyHolder | null> {
    // Digests compared in constant time, so timing says nothing about how much of a key was right.
    const fromEnv = this.envKeys.find(({ digest }) => timingSafeEqual(digest, presented));
    return fromEnv?.holder ?? this.store.holderOf(key);
  }

  async count(): Promise<number> {
    return this.envKeys.length + (await this.store.countActive());
  }
}
