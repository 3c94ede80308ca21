import { SeenKeys } from './seen-keys';

describe('SeenKeys', () => {
  it('never answers no for a key it was given, and no for nearly all it was not', () => {
    const seen = new SeenKeys();
    const added = Array.from({ length: 50_000 }, (_, i) => `developments\u0000dev-${i}`);
    for (const key of added) seen.add(key);
    expect(added.filter((key) => !seen.mayHold(key))).toEqual([]);
    const others = Array.from({ length: 50_000 }, (_, i) => `developments\u0000other-${i}`);
    expect(others.filter((key) => seen.mayHold(key)).length).toBeLessThan(50);
  });
});
