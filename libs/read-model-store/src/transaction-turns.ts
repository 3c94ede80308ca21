import { BatchTurn } from './projection-writer';

interface Signal {
  readonly promise: Promise<void>;
  give(): void;
}

function signal(): Signal {
  let give!: () => void;
  const promise = new Promise<void>((resolve) => (give = resolve));
  return { promise, give };
}

/** Resolves with `done`, or `signal` if it is given first; rejects if `done` does. Handled, so a failure nobody waits for is not an unhandled rejection. */
function firstOf(signal: Signal, done: Promise<void>): Promise<void> {
  const first = Promise.race([signal.promise, done]);
  first.catch(() => undefined);
  return first;
}

/**
 * Transactions that overlap, at most `most` at a time, but write and commit in the order they began
 * (BatchTurn). Each begins once the one before it holds its locks, so the second is read, folded and
 * sent while the first writes and commits: on two cores, Node's work on one batch beside PostgreSQL's
 * on the other. Each writes only after the one before it wrote, so neither waits for a row the other
 * locked first (the later one would wait in PostgreSQL for a commit the earlier one could never make),
 * and commits only after it committed, so no offset passes a batch that did not commit. A failure
 * fails every transaction after it.
 */
export class TransactionTurns {
  private last: { written: Promise<void>; committed: Promise<void> } = { written: Promise.resolve(), committed: Promise.resolve() };
  /** The commits of the transactions in flight, oldest first. */
  private readonly inFlight: Promise<void>[] = [];

  constructor(private readonly most: number) {}

  /** Begins `transaction` once fewer than `most` are in flight; resolves once it holds its locks, or rejects if it fails before that. */
  async begin(transaction: (turn: BatchTurn) => Promise<void>): Promise<void> {
    while (this.inFlight.length >= this.most) await this.inFlight[0].catch(() => undefined);
    const before = this.last;
    const locked = signal();
    const written = signal();
    const committed = transaction({ locked: locked.give, mayWrite: () => before.written, written: written.give, mayCommit: () => before.committed });
    this.last = { written: firstOf(written, committed), committed };
    this.inFlight.push(committed);
    const settled = committed.catch(() => undefined);
    void settled.then(() => this.inFlight.splice(this.inFlight.indexOf(committed), 1));
    await firstOf(locked, committed);
  }

  /** Resolves once every transaction begun so far has committed or failed. */
  async settled(): Promise<void> {
    await Promise.allSettled(this.inFlight);
  }

  /** Resolves once every transaction begun so far has committed; rejects if one failed. */
  async committed(): Promise<void> {
    await Promise.all(this.inFlight);
  }
}
