/**
 * A Bloom filter of strings: `mayHold` is false only for a string never added. A rebuild asks it
 * whether a document or stream may already be in its green generation; nearly all are new, and each
 * "no" is a primary-key lookup saved. 2^25 bits (4 MB) answer a wrong "maybe" for about 1 % of keys
 * after 3 million, and a wrong "maybe" only costs the lookup.
 */
export class SeenKeys {
  private static readonly BITS = 2 ** 25;
  private readonly bits = new Uint32Array(SeenKeys.BITS / 32);

  add(key: string): void {
    for (const bit of this.bitsOf(key)) this.bits[bit >>> 5] |= 1 << (bit & 31);
  }

  mayHold(key: string): boolean {
    return this.bitsOf(key).every((bit) => (this.bits[bit >>> 5] & (1 << (bit & 31))) !== 0);
  }

  /** Three positions from two FNV-1a hashes (Kirsch and Mitzenmacher's double hashing). */
  private bitsOf(key: string): number[] {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    }
    const mask = SeenKeys.BITS - 1;
    return [0, 1, 2].map((i) => (h1 + Math.imul(i, h2 | 1)) & mask);
  }
}
