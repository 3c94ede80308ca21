/**
 * kafkajs 2.2.4 re-armed a 1 ms timer for ever on every connection that had answered a request, pending
 * requests or not (its issues 1556 and 1704): an idle projector spent 7 % of a core, and every Parley
 * process woke a thousand times a second. patches/kafkajs+2.2.4.patch arms it only while a request waits.
 */
// A module of kafkajs's own, without types: what the patch changes.
const RequestQueue = require('kafkajs/src/network/requestQueue');

const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

function requestQueue() {
  return new RequestQueue({ maxInFlightRequests: 1, requestTimeout: 30_000, enforceRequestTimeout: false, clientId: 'parley-test', broker: 'broker:9092', logger: quiet });
}

/** A request as a connection pushes it; `sent` and `answered` say how far it got. */
function request(correlationId: number) {
  const pushed = {
    sent: false,
    answered: false,
    entry: { correlationId, apiKey: 1, apiName: 'Fetch', apiVersion: 11, resolve: () => (pushed.answered = true), reject: () => undefined },
    expectResponse: true,
    sendRequest: () => (pushed.sent = true),
  };
  return pushed;
}

describe("kafkajs's request queue, as patched", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('arms no timer once nothing waits to be sent, so an idle connection leaves the process asleep', () => {
    const queue = requestQueue();

    // when a response came back and the queue looks for requests waiting behind it
    queue.checkPendingRequests();

    // then nothing is scheduled, and nothing runs as time passes
    expect(jest.getTimerCount()).toBe(0);
  });

  it('still sends a request that waited for the broker to stop throttling it, once the throttle ends', () => {
    const queue = requestQueue();
    // given a broker that asked for 50 ms without requests
    queue.maybeThrottle(50);
    const waiting = request(1);

    // when a request is pushed meanwhile
    queue.push(waiting);
    expect(waiting.sent).toBe(false);

    // then it is sent once the throttle ends, and no timer is left behind it
    jest.advanceTimersByTime(60);
    expect(waiting.sent).toBe(true);
    queue.fulfillRequest({ correlationId: 1, payload: Buffer.alloc(0), size: 0 });
    expect(waiting.answered).toBe(true);
    expect(jest.getTimerCount()).toBe(0);
  });
});
