import { KafkaJSError } from 'kafkajs';
import { FetchedRecord, committedRecords, whileLeadersSettle } from './topic-tail';

const COMMIT = Buffer.from([0, 0, 0, 1]);
const ABORT = Buffer.from([0, 0, 0, 0]);
const data = (offset: number, producerId = '7'): FetchedRecord => ({
  offset: String(offset),
  key: Buffer.from('k'),
  value: Buffer.from(String(offset)),
  isControlRecord: false,
  batchContext: { producerId, inTransaction: true },
});
const marker = (offset: number, key: Buffer, producerId = '7'): FetchedRecord => ({
  offset: String(offset),
  key,
  value: null,
  isControlRecord: true,
  batchContext: { producerId, inTransaction: true },
});
const offsets = (records: FetchedRecord[]) => records.map((r) => Number(r.offset));

describe('the committed records of a fetch from a partition tail', () => {
  it('are the data records of committed transactions, without the markers', () => {
    expect(offsets(committedRecords([data(0), data(1), marker(2, COMMIT), data(3), marker(4, COMMIT)], []))).toEqual([0, 1, 3]);
  });

  it('leave out a transaction the broker lists as aborted, up to its abort marker', () => {
    // given a committed page, an aborted one, and the page sent again and committed
    const records = [data(10), marker(11, COMMIT), data(12), data(13), marker(14, ABORT), data(15), data(16), marker(17, COMMIT)];
    expect(offsets(committedRecords(records, [{ producerId: '7', firstOffset: '12' }]))).toEqual([10, 15, 16]);
  });

  it('leave out an aborted transaction that began before the fetch', () => {
    expect(offsets(committedRecords([data(20), data(21), marker(22, ABORT)], [{ producerId: '7', firstOffset: '18' }]))).toEqual([]);
  });

  it("keep another producer's records inside an aborted transaction's span", () => {
    const records = [data(30), data(31, '9'), marker(32, ABORT), marker(33, COMMIT, '9')];
    expect(offsets(committedRecords(records, [{ producerId: '7', firstOffset: '30' }]))).toEqual([31]);
  });
});

describe("reading a topic's tail while its partitions' leaders settle", () => {
  const notLeader = () => new KafkaJSError('This server is not the leader for that topic-partition', { retriable: true });

  it('reads again on fresh metadata after a retriable answer, such as "not the leader" on a topic just created', async () => {
    const answers = [notLeader(), notLeader(), 45];
    const refreshes = jest.fn(async () => undefined);
    const read = async () => {
      const answer = answers.shift()!;
      if (answer instanceof Error) throw answer;
      return answer;
    };
    expect(await whileLeadersSettle(read, refreshes)).toBe(45);
    expect(refreshes).toHaveBeenCalledTimes(2);
  });

  it('gives up at once on an error that is not retriable, and after the deadline on one that is', async () => {
    const refreshes = jest.fn(async () => undefined);
    await expect(whileLeadersSettle(async () => Promise.reject(new KafkaJSError('bad', { retriable: false })), refreshes)).rejects.toThrow('bad');
    await expect(whileLeadersSettle(async () => Promise.reject(new Error('not kafka')), refreshes)).rejects.toThrow('not kafka');
    expect(refreshes).not.toHaveBeenCalled();
    await expect(whileLeadersSettle(async () => Promise.reject(notLeader()), refreshes, 250)).rejects.toThrow('not the leader');
    expect(refreshes.mock.calls.length).toBeGreaterThan(0);
  });
});
