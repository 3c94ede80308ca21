import { Injectable } from '@nestjs/common';
import { RecordedEvent } from '@parley/domain';
import { EventStore } from '@parley/event-store';
import { GenerationTarget, ProjectionWriter } from '@parley/read-model-store';
import { Projection } from '@parley/read-models';
import { DataSource, QueryRunner } from 'typeorm';
import { GreenFold } from './green-fold';

/** Events per page of a rebuild: each page is one read and one transaction. */
export const REBUILD_PAGE = 5_000;

export type ReportProgress = (done: number, total: number) => Promise<void>;

/** Where a switch ended: the head it switched at, the events the green generation held from its source, and those the switch applied from the store to get there. */
export interface Switched {
  readonly head: number;
  readonly fromSource: number;
  readonly caughtUp: number;
}

/** What a generation holds per read model: its documents and their DocumentIndex. */
const PER_DOCUMENT_TABLES = ['read_model_documents', 'read_model_totals', 'read_model_rankings'];

/**
 * Blue/green generations of read models. A rebuild opens a green generation and fills it from the log
 * while readers keep the blue one, the generation they are switched to; the switch, one transaction,
 * makes the green generation blue, and the one it replaced is removed.
 */
@Injectable()
export class Generations {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    private readonly writer: ProjectionWriter,
  ) {}

  async openGreen(projections: readonly Projection[]): Promise<GenerationTarget> {
    const [{ generation }] = await this.dataSource.query(
      `INSERT INTO read_model_generations DEFAULT VALUES RETURNING generation`,
    );
    return { generation, projections };
  }

  /**
   * Applies the log after `after` in position order, a page per transaction, until a page comes back
   * short: then it is within a page of the head, and the switch applies the rest. (Waiting for an
   * empty page could chase a busy log for ever.) Stops at `through` when given. Answers the last position applied.
   * Each page is read and folded in memory while those before it are written (GreenFold): the fold is
   * JavaScript and the writes PostgreSQL's, so the two take turns on neither.
   */
  async fold(green: GenerationTarget, after: number, progress: ReportProgress, through?: number): Promise<number> {
    await new GreenFold(this.dataSource, this.writer, green).applyPages(this.pagesToHead(after, through), async (last) => {
      after = last;
      await progress(last, Math.max(last, await this.store.headPosition()));
    });
    return after;
  }

  /** The log's pages after `after`, through `through` if given, ending with the first that comes back short. */
  private async *pagesToHead(after: number, through?: number): AsyncGenerator<RecordedEvent[]> {
    for await (const page of this.store.pages({ after, through, limit: REBUILD_PAGE })) {
      yield page;
      if (page.length < REBUILD_PAGE) return;
    }
  }

  /**
   * The events a generation has applied. Each stream's events are applied in order and its version is
   * kept, so the versions add up to the events, each counted once however often it was delivered.
   */
  private async eventsHeld(generation: number, runner: QueryRunner): Promise<number> {
    const [{ events }] = await this.dataSource.query(
      `SELECT coalesce(sum(version), 0) AS events FROM read_model_stream_versions WHERE generation = $1`,
      [generation],
      runner,
    );
    return Number(events);
  }

  /**
   * Switches readers to the green generation once it has caught up. The projections' rows are locked
   * against the live projector (which share-locks them per batch), the events still missing up to the
   * head are applied, and the projections point at the green generation, all in one transaction.
   */
  async switchTo(green: GenerationTarget, after: number): Promise<Switched> {
    const names = green.projections.map((p) => p.name);
    // A rebuild has just written a whole generation: without fresh statistics the planner takes the
    // tables for what they were before it, and the first queries after the switch scan them.
    await this.dataSource.query(`ANALYZE ${PER_DOCUMENT_TABLES.join(', ')}`);
    const { replaced, ...switched } = await this.dataSource.transaction(async (manager) => {
      const runner = manager.queryRunner as QueryRunner;
      const held = await this.eventsHeld(green.generation, runner);
      const locked: { generation: number }[] = await runner.query(
        `SELECT generation FROM projections WHERE name = ANY($1) ORDER BY name FOR UPDATE`,
        [names],
      );
      const [{ position }] = await runner.query(`SELECT position FROM event_log_head`);
      const head = Number(position);
      for await (const page of this.store.pages({ after, through: head, limit: REBUILD_PAGE })) {
        await this.writer.apply(runner, [green], page);
      }
      await this.writer.advanceHighWaterMark(runner, [green.generation]);
      await runner.query(
        `UPDATE projections p SET generation = $1, version = v.version, updated_at = now()
         FROM unnest($2::text[], $3::int[]) AS v(name, version) WHERE p.name = v.name`,
        [green.generation, names, green.projections.map((p) => p.version)],
      );
      const caughtUp = (await this.eventsHeld(green.generation, runner)) - held;
      return { head, fromSource: held, caughtUp, replaced: [...new Set(locked.map((l) => l.generation))] };
    });
    await this.removeReplaced(replaced, names);
    return switched;
  }

  /** Drops a green generation that never went live (a failed rebuild). */
  async discard(green: GenerationTarget): Promise<void> {
    await this.removeReplaced([green.generation], green.projections.map((p) => p.name));
  }

  /** Deletes the switched projections' documents in the generations that were blue, and any generation no projection uses now. */
  private async removeReplaced(generations: readonly number[], names: readonly string[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const unused = `SELECT g.generation FROM read_model_generations g
        WHERE g.generation = ANY($1) AND NOT EXISTS (SELECT 1 FROM projections p WHERE p.generation = g.generation)`;
      for (const table of PER_DOCUMENT_TABLES) {
        await manager.query(`DELETE FROM ${table} WHERE generation = ANY($1) AND projection = ANY($2)`, [generations, names]);
        await manager.query(`DELETE FROM ${table} WHERE generation IN (${unused})`, [generations]);
      }
      await manager.query(`DELETE FROM read_model_stream_versions WHERE generation IN (${unused})`, [generations]);
      await manager.query(`DELETE FROM read_model_generations WHERE generation IN (${unused})`, [generations]);
    });
  }
}
