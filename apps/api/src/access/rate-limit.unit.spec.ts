import { ThrottlerStorageService } from '@nestjs/throttler';
import { SlidingLogStore } from './rate-limit';

describe('the rate limits store', () => {
  beforeEach(() => jest.useFakeTimers({ now: Date.UTC(2025, 4, 16) }));
  afterEach(() => jest.useRealTimers());

  it("answers as @nestjs/throttler's own store does: counts, blocks past the limit, lets go after the block", async () => {
    const theirs = new ThrottlerStorageService();
    const ours = new SlidingLogStore();
    // Two keys, hits 0 to 700 ms apart (a fixed pattern): under, at and over a limit of 3 a second, blocked and let go.
    const blocked: boolean[] = [];
    const steps = [0, 100, 100, 100, 100, 700, 300, 0, 0, 0, 650, 50, 400, 1_200, 10, 10, 10, 10, 2_500, 0];
    for (const [i, advance] of steps.entries()) {
      jest.advanceTimersByTime(advance);
      for (const key of i % 3 === 0 ? ['a', 'b'] : ['a']) {
        const answer = await ours.increment(key, 1_000, 3, 1_000);
        expect(answer).toEqual(await theirs.increment(key, 1_000, 3, 1_000, 'per-ip'));
        if (key === 'a') blocked.push(answer.isBlocked);
      }
    }
    expect(blocked.join('')).toMatch(/falsetrue.*truefalse/);
    theirs.onApplicationShutdown();
  });
});
