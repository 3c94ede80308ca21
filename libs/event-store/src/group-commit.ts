/**
 * Group commit: work submitted while a batch is being committed waits, and goes in the next batch,
 * all of it in one transaction. Under load the batches grow by themselves and the cost of a commit
 * (a WAL flush, the log's position lock) is shared; alone, a submission commits at once, no timer.
 * Reads are grouped the same way, a query and its round trip shared (PgEventStore.readStreams).
 * `commit` answers each item of a batch with its result or its own error. With `gatherTurn`, a batch
 * starts a turn of the event loop after its first item: items handed over together, by the callbacks of
 * one I/O event (a Kafka fetch's batches, one a partition), then share a commit instead of two.
 */
export class GroupCommit<Item, Result> {
  private readonly waiting: { item: Item; resolve(result: Result): void; reject(error: unknown): void }[] = [];
  private committing = false;

  constructor(
    private readonly commit: (items: Item[]) => Promise<(Result | Error)[]>,
    private readonly maxBatch: number,
    private readonly options: { readonly gatherTurn?: boolean } = {},
  ) {}

  submit(item: Item): Promise<Result> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      void this.next();
    });
  }

  private async next(): Promise<void> {
    if (this.committing || this.waiting.length === 0) return;
    this.committing = true;
    if (this.options.gatherTurn) await new Promise((resolve) => setImmediate(resolve));
    const batch = this.waiting.splice(0, this.maxBatch);
    try {
      const outcomes = await this.commit(batch.map((w) => w.item));
      batch.forEach((w, i) => (outcomes[i] instanceof Error ? w.reject(outcomes[i]) : w.resolve(outcomes[i] as Result)));
    } catch (error) {
      for (const w of batch) w.reject(error);
    } finally {
      this.committing = false;
      void this.next();
    }
  }
}
