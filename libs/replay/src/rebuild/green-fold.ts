import { RecordedEvent } from '@parley/domain';
import { DocumentRef, FoldedBatch, GenerationTarget, ProjectionWriter, documentsOf, foldBatch } from '@parley/read-model-store';
import { DataSource, QueryRunner } from 'typeorm';
import { SeenKeys } from './seen-keys';

/**
 * Folds pages of the log into a green generation that no one else writes before its switch, so what
 * this fold wrote last is known without asking PostgreSQL. Documents and stream versions touched by
 * the last two pages are kept in memory: that covers the page whose write may still be under way when
 * the next is folded, and the amendments that follow a development closely. Anything older is read
 * from the generation (committed by then), and only if it may be there at all: most are new.
 */
export class GreenFold {
  private docs = { last: new Map<string, unknown>(), before: new Map<string, unknown>() };
  private versions = { last: new Map<string, number>(), before: new Map<string, number>() };
  private readonly seen = new SeenKeys();

  constructor(
    private readonly dataSource: DataSource,
    private readonly writer: ProjectionWriter,
    private readonly green: GenerationTarget,
  ) {}

  /** Folds a page in memory, from what the pages before it left. */
  async fold(page: readonly RecordedEvent[]): Promise<FoldedBatch> {
    const streams = [...new Set(page.map((e) => e.streamId))];
    const refs = [...documentsOf(this.green, page)].map(([key, ref]) => ({ key, ref }));
    const [known, docs] = await this.read(
      streams.filter((s) => !this.versions.last.has(s) && !this.versions.before.has(s) && this.seen.mayHold(`s\u0000${s}`)),
      refs.filter(({ key }) => !this.docs.last.has(key) && !this.docs.before.has(key) && this.seen.mayHold(key)).map(({ ref }) => ref),
    );
    for (const s of streams) {
      const version = this.versions.last.get(s) ?? this.versions.before.get(s);
      if (version !== undefined) known.set(s, version);
    }
    for (const { key } of refs) {
      const doc = this.docs.last.has(key) ? this.docs.last.get(key) : this.docs.before.get(key);
      if (doc !== undefined && doc !== null) docs.set(key, doc);
    }
    const batch = foldBatch(this.green, page, known, docs);
    this.remember(batch);
    return batch;
  }

  /** Writes a folded page and moves the generation's mark, in one transaction. */
  async write(batch: FoldedBatch): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const runner = manager.queryRunner as QueryRunner;
      await this.writer.write(runner, this.green.generation, batch);
      await this.writer.advanceHighWaterMark(runner, [this.green.generation]);
    });
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
