import { allSettled } from './all-settled';

describe('allSettled', () => {
  it('given promises that all fulfil, answers their values in order', async () => {
    await expect(allSettled([Promise.resolve(1), Promise.resolve('two')])).resolves.toEqual([1, 'two']);
  });

  it('given one that rejects at once, rejects with its reason only after the others have settled', async () => {
    let slowDone = false;
    const slow = new Promise<number>((resolve) => setTimeout(() => ((slowDone = true), resolve(1)), 50));
    const failing = Promise.reject(new Error('database gone'));
    await expect(allSettled([slow, failing])).rejects.toThrow('database gone');
    expect(slowDone).toBe(true);
  });
});
