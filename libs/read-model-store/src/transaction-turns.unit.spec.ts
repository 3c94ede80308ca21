import { BatchTurn } from './projection-writer';
import { TransactionTurns } from './transaction-turns';

/** A transaction under test: it runs its steps when told to, and records what happened in one log. */
class Scripted {
  turn!: BatchTurn;
  private go!: () => void;
  private fail!: (error: Error) => void;
  private readonly released = new Promise<void>((resolve, reject) => ((this.go = resolve), (this.fail = reject)));
  readonly run = async (turn: BatchTurn): Promise<void> => {
    this.turn = turn;
    this.log.push(`${this.name} begins`);
    turn.locked();
    await this.released;
    await turn.mayWrite();
    this.log.push(`${this.name} writes`);
    turn.written();
    await turn.mayCommit();
    this.log.push(`${this.name} commits`);
  };

  constructor(
    private readonly name: string,
    private readonly log: string[],
  ) {}

  release(): void {
    this.go();
  }

  failWith(error: Error): void {
    this.fail(error);
  }
}

const turnOfTheLoop = () => new Promise((resolve) => setImmediate(resolve));

/** Turns for two at a time, and the named transactions, the first two begun. */
async function firstTwoBegun(...names: string[]) {
  const log: string[] = [];
  const turns = new TransactionTurns(2);
  const scripted = names.map((name) => new Scripted(name, log));
  for (const transaction of scripted.slice(0, 2)) await turns.begin(transaction.run);
  return { log, turns, scripted };
}

describe('transactions that overlap but write and commit in turn', () => {
  it('given two transactions, when the second is ready first, then it waits for the first to write and to commit', async () => {
    const { log, turns, scripted: [first, second] } = await firstTwoBegun('first', 'second');
    second.release();
    await turnOfTheLoop();
    expect(log).toEqual(['first begins', 'second begins']);

    first.release();
    await turns.committed();
    const at = (entry: string) => log.indexOf(entry);
    expect(at('first writes')).toBeLessThan(at('second writes'));
    expect(at('first commits')).toBeLessThan(at('second commits'));
    expect(log).toHaveLength(6);
  });

  it('given the first fails before it writes, then the second fails too, without writing', async () => {
    const { log, turns, scripted: [first, second] } = await firstTwoBegun('first', 'second');
    second.release();
    first.failWith(new Error('deadlock detected'));

    await expect(turns.committed()).rejects.toThrow('deadlock detected');
    await turns.settled();
    expect(log).toEqual(['first begins', 'second begins']);
  });

  it('given as many in flight as allowed, when another is begun, then it begins only once the oldest has committed', async () => {
    const { log, turns, scripted: [first, second, third] } = await firstTwoBegun('first', 'second', 'third');

    const began = turns.begin(third.run);
    await turnOfTheLoop();
    expect(log).not.toContain('third begins');

    first.release();
    await began;
    expect(log).toEqual(['first begins', 'second begins', 'first writes', 'first commits', 'third begins']);
    third.release();
    second.release();
    await turns.committed();
    const at = (entry: string) => log.indexOf(entry);
    expect(at('second writes')).toBeLessThan(at('third writes'));
    expect(at('second commits')).toBeLessThan(at('third commits'));
  });

  it('given a transaction that fails before it holds its locks, then beginning it fails', async () => {
    const turns = new TransactionTurns(2);
    await expect(turns.begin(async () => Promise.reject(new Error('connection refused')))).rejects.toThrow('connection refused');
  });
});
