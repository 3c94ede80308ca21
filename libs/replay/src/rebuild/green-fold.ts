import { RecordedEvent } from '@parley/domain';
import { DocumentRef, FoldedBatch, GenerationTarget, ProjectionWriter, TransactionTurns, documentsOf, foldBatch } from '@parley/read-model-store';
import { DataSource, QueryRunner } from 'typeorm';
import { SeenKeys } from './seen-keys';

/**
 * Pages a fold has in flight at most: one's writes are sent and committed while the next one's new
 * documents go in by COPY, PostgreSQL working on both cores (bench/README.md point 45).
 */
const WRITES_IN_FLIGHT = 2;

/**
 * Folds pages of the log into a green generation that no one else writes before its switch, so what
 * this fold wrote last is known without asking PostgreSQL. Documents and stream versions touched by
 * the last two pages are kept in memory: that covers the pages whose writes may still be under way when
 * the next is folded, and the amendments that follow a development closely. Anything older is read
 * from the generation (committed by then), and only if it may be there at all: most are new.
 *
 * Pages are written in transactions that overlap (TransactionTurns): a page's new documents and their
 * rankings, which no page before it wrote, go in by COPY at once, and the rest of its writes wait for
 * the page before it to commit.
 */
export class GreenFold {
  private docs = { last: new Map<string, unknown>(), before: new Map<string, unknown>() };
  private versions = { last: new Map<string, number>(), before: new Map<string, number>() };
  private readonly seen = new SeenKeys();
  private readonly turns = new TransactionTurns(WRITES_IN_FLIGHT);
  /** The first write that failed: the fold stops at the next page. */
  private failure: { readonly error: unknown } | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly writer: ProjectionWriter,
    private readonly green: GenerationTarget,
  ) {}

  /**
   * Folds and writes `pages` in order, each read and folded while those before it are written;
   * `committed` runs once a page has committed, before the next one commits. Settles once every write
   * has, and rejects with the first failure.
   */
  async applyPages(pages: AsyncIterable<readonly RecordedEvent[]> | Iterable<readonly RecordedEvent[]>, committed: (last: number) => Promise<void>): Promise<void> {
    try {
      for await (const page of pages) {
        const last = page[page.length - 1].position;
        await this.write(await this.fold(page), () => committed(last));
      }
    } finally {
      // A page that failed to fold still waits for the writes before it, so nothing runs on after the failure.
      await this.turns.settled();
    }
    this.throwIfFailed();
  }

  /** Folds a page in memory, from what the pages before it left. */
  private async fold(page: readonly RecordedEvent[]): Promise<FoldedBatch> {
    this.throwIfFailed();
    const streams = [...new Set(page.map((e) => e.streamId))];
    const refs = [...documentsOf(this.green, page)].map(([key, ref]) => ({ key, ref }));
    // A document a page in flight removes would be new to this one, and its COPY could meet the row
    // before that page's delete commits: such a page waits for the writes in flight.
    if (refs.some(({ key }) => this.remembered(key) === null)) {
      await this.turns.settled();
      this.throwIfFailed();
    }
    const [known, docs] = await this.read(
      streams.filter((s) => !this.versions.last.has(s) && !this.versions.before.has(s) && this.seen.mayHold(`s\u0000${s}`)),
      refs.filter(({ key }) => this.remembered(key) === undefined && this.seen.mayHold(key)).map(({ ref }) => ref),
    );
    for (const s of streams) {
      const version = this.versions.last.get(s) ?? this.versions.before.get(s);
      if (version !== undefined) known.set(s, version);
    }
    for (const { key } of refs) {
      const doc = this.remembered(key);
      if (doc !== undefined && doc !== null) docs.set(key, doc);
    }
    const batch = foldBatch(this.green, page, known, docs);
    this.remember(batch);
    return batch;
  }

  /**
   * Begins writing a folded page with the generation's mark, in a transaction of its own, once fewer
   * than WRITES_IN_FLIGHT are under way; `then` runs once it has committed, before the next commits.
   */
  private async write(batch: FoldedBatch, then: () => Promise<void>): Promise<void> {
    await this.turns.begin(async (turn) => {
      // No one else writes a green generation: nothing to lock.
      turn.locked();
      try {
        await this.dataSource.transaction(async (manager) => {
          const runner = manager.queryRunner as QueryRunner;
          // Its updates and deletes wait for the page before it to commit, not only to write: a DELETE
          // passes over rows another transaction inserted and has not committed (an upsert waits for
          // them), and would leave behind that page's rankings of a document this one changes.
          await this.writer.write(runner, this.green.generation, batch, { ...turn, mayWrite: turn.mayCommit });
          await this.writer.advanceHighWaterMark(runner, [this.green.generation]);
          await turn.mayCommit();
        });
        await then();
      } catch (error) {
        this.failure ??= { error };
        throw error;
      }
    });
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure.error;
  }

  /** A document as the last two pages left it: null if one removed it, undefined if neither touched it. */
  private remembered(key: string): unknown {
    return this.docs.last.has(key) ? this.docs.last.get(key) : this.docs.before.get(key);
  }

  private async read(streams: readonly string[], refs: readonly DocumentRef[]): Promise<[Map<string, number>, Map<string, unknown>]> {
    if (streams.length === 0 && refs.length === 0) return [new Map(), new Map()];
    const runner = this.dataSource.createQueryRunner();
    try {
      return [await this.writer.streamVersions(runner, this.green.generation, streams), await this.writer.loadDocuments(runner, this.green.generation, refs)];
    } finally {
      await runner.release();
    }
  }

  private remember({ changes, versions }: FoldedBatch): void {
    const last = new Map<string, unknown>();
    for (const { key, after } of changes) last.set(key, after);
    this.docs = { last, before: this.docs.last };
    this.versions = { last: new Map(versions), before: this.versions.last };
    for (const key of this.docs.last.keys()) this.seen.add(key);
    for (const stream of versions.keys()) this.seen.add(`s\u0000${stream}`);
  }
}
