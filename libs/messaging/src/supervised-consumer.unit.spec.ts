import { Logger } from '@nestjs/common';
import { ConsumerState } from '@parley/metrics';
import { Consumer } from 'kafkajs';
import { EventEmitter } from 'node:events';
import { SupervisedConsumer } from './supervised-consumer';

/** The part of a kafkajs consumer the supervisor uses, with kafkajs's event names and payload shape. */
class FakeConsumer extends EventEmitter {
  readonly events = { GROUP_JOIN: 'consumer.group_join', REBALANCING: 'consumer.rebalancing', STOP: 'consumer.stop', CRASH: 'consumer.crash' };
  readonly disconnect = jest.fn(async () => undefined);

  crash(restart: boolean): void {
    const error = Object.assign(new Error('Failed to find group coordinator'), { name: 'KafkaJSNonRetriableError' });
    this.emit(this.events.CRASH, { payload: { error, groupId: 'g', restart } });
  }

  join(): void {
    this.emit(this.events.GROUP_JOIN, { payload: {} });
  }
}

describe('a consumer supervised through broker outages', () => {
  let consumers: FakeConsumer[];
  let states: ConsumerState[];
  let failures: string[];
  let brokerAway: boolean;
  let supervised: SupervisedConsumer;
  const last = () => consumers[consumers.length - 1];
  /** Then the joined consumer is replaced once, a second after it failed with `failure`, not before. */
  const oneNewConsumerASecondLater = async (failure: string) => {
    await jest.advanceTimersByTimeAsync(999);
    expect(consumers).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(consumers).toHaveLength(2);
    expect(states).toEqual(['connecting', 'joined', 'crashed', 'connecting']);
    expect(failures).toEqual([failure]);
  };

  beforeEach(async () => {
    jest.useFakeTimers();
    consumers = [];
    states = [];
    failures = [];
    brokerAway = false;
    supervised = new SupervisedConsumer({
      create: () => {
        consumers.push(new FakeConsumer());
        return last() as unknown as Consumer;
      },
      start: async () => {
        if (brokerAway) throw new Error('Connection error: connect ECONNREFUSED');
      },
      report: (state) => states.push(state),
      onFailure: (error) => failures.push(error.message),
      logger: new Logger('test'),
    });
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    await supervised.start();
    last().join();
  });
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('given a joined consumer, when kafkajs gives up on it, then a new one starts a second later', async () => {
    last().crash(false);
    await oneNewConsumerASecondLater('Failed to find group coordinator');
  });

  it('given a joined consumer, when kafkajs crashes it but restarts it itself, then no second consumer is made', async () => {
    last().crash(true);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(consumers).toHaveLength(1);
    expect(states).toEqual(['connecting', 'joined', 'crashed']);
  });

  it('given the broker stays away, when each new consumer fails to start, then it keeps trying, backing off to 10 s, and from 1 s again once one joined', async () => {
    brokerAway = true;
    last().crash(false);
    const started = () => consumers.length - 1;
    for (const wait of [1_000, 2_000, 4_000, 8_000, 10_000, 10_000]) {
      const before = started();
      await jest.advanceTimersByTimeAsync(wait - 1);
      expect(started()).toBe(before);
      await jest.advanceTimersByTimeAsync(1);
      expect(started()).toBe(before + 1);
    }
    expect(consumers.slice(1).every((c) => c.disconnect.mock.calls.length === 1)).toBe(true);

    brokerAway = false;
    await jest.advanceTimersByTimeAsync(10_000);
    last().join();
    const joined = started();
    last().crash(false);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(started()).toBe(joined + 1);
  });

  it('given a joined consumer, when batches fail after their handlers returned, then it leaves its group and one new consumer starts a second later', async () => {
    supervised.replace(new Error('deadlock detected'));
    supervised.replace(new Error('deadlock detected'));
    expect(last().disconnect).toHaveBeenCalledTimes(1);
    await oneNewConsumerASecondLater('deadlock detected');
  });

  it('given a consumer being replaced after a failed batch, when kafkajs gives up on it too, then still one new consumer starts', async () => {
    supervised.replace(new Error('deadlock detected'));
    last().crash(false);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(consumers).toHaveLength(2);
    expect(failures).toEqual(['deadlock detected']);
  });

  it('given it was stopped, when kafkajs gives up on the consumer, then no new one starts', async () => {
    await supervised.stop();
    last().crash(false);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(consumers).toHaveLength(1);
    expect(last().disconnect).toHaveBeenCalledTimes(1);
  });

  it('given a new consumer is due, when it is stopped, then none starts', async () => {
    last().crash(false);
    await supervised.stop();
    await jest.advanceTimersByTimeAsync(60_000);
    expect(consumers).toHaveLength(1);
  });
});
