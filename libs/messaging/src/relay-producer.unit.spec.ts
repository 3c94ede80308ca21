import { acknowledgedOnceEach } from './relay-producer';

describe("the relay's check of a page's acknowledgements", () => {
  it('accepts every partition sent to, acknowledged once, in any order', () => {
    expect(acknowledgedOnceEach([0, 3, 5], [5, 0, 3])).toBe(true);
  });

  it('refuses a page whose partition kafkajs skipped on a retry (its new leader had answered already)', () => {
    expect(acknowledgedOnceEach([0, 3, 5], [0, 5])).toBe(false);
  });

  it('refuses a page whose partition kafkajs wrote twice (sent again to a new leader under a new sequence)', () => {
    expect(acknowledgedOnceEach([0, 3], [0, 3, 3])).toBe(false);
  });

  it('refuses an acknowledgement for a partition the page was not sent to', () => {
    expect(acknowledgedOnceEach([0, 3], [0, 4])).toBe(false);
  });
});
