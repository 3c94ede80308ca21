import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Statements } from './batch-transaction';

export interface ProjectionLag {
  readonly projection: string;
  /** Events of the log the read model has not applied. */
  readonly events: number;
  /** How long the oldest of them has waited since it was recorded. */
  readonly seconds: number;
}

/**
 * The read side's high-water mark: the highest position at or below which every event of the log is
 * applied. Each generation keeps its own (`read_model_generations.applied_through`, moved by
 * highWaterMarkMoves); the one readers see is the lowest among the generations
 * they are switched to (the blue ones), since a query may read any read model.
 */
@Injectable()
export class HighWaterMark {
  constructor(private readonly dataSource: DataSource) {}

  /** The position every read model readers use has applied the log through. */
  async current(): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT min(g.applied_through) AS position
       FROM projections p JOIN read_model_generations g ON g.generation = p.generation`,
    );
    return Number(row?.position ?? 0);
  }

  /** How far behind the log each read model is (zero when it is up to date). */
  async lag(): Promise<ProjectionLag[]> {
    const rows: { projection: string; events: string; seconds: number }[] = await this.dataSource.query(
      `SELECT p.name AS projection, greatest(h.position - g.applied_through, 0) AS events,
              coalesce(extract(epoch FROM clock_timestamp() - (
                SELECT e.recorded_at FROM events e WHERE e.position > g.applied_through ORDER BY e.position LIMIT 1)), 0)::float8 AS seconds
       FROM projections p JOIN read_model_generations g ON g.generation = p.generation CROSS JOIN event_log_head h
       ORDER BY p.name`,
    );
    return rows.map((r) => ({ projection: r.projection, events: Number(r.events), seconds: r.seconds }));
  }

  /** Waits until the mark reaches `position`; false when it does not within `timeoutMs`. */
  async waitFor(position: number, timeoutMs: number, pollMs = 20): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if ((await this.current()) >= position) return true;
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, Math.min(pollMs, Math.max(1, deadline - Date.now()))));
    }
  }
}

/**
 * Moves each generation's high-water mark (`applied_through`) to just below the first event of the
 * log it has not applied (or to the head): partitions are applied out of position order, so the mark
 * stops under the oldest gap. Row locks serialise concurrent projectors here, so the last one to
 * commit sees what the others wrote and the mark never stalls short of the truth: the update is a
 * statement of its own, its snapshot taken once the lock is held. The generations are written into
 * the text, so that both go in one round trip, with a transaction's COMMIT or in it.
 */
export function highWaterMarkMoves(generations: readonly number[]): Statements {
  if (!generations.every(Number.isSafeInteger)) throw new Error(`not generations: ${generations.join(', ')}`);
  const these = `ARRAY[${generations.join(',')}]::int[]`;
  return [
    `SELECT generation FROM read_model_generations WHERE generation = ANY(${these}) ORDER BY generation FOR UPDATE`,
    `UPDATE read_model_generations g SET applied_through = GREATEST(g.applied_through, coalesce(
       (SELECT e.position - 1 FROM events e
        WHERE e.position > g.applied_through
          AND NOT EXISTS (SELECT 1 FROM read_model_stream_versions v
                          WHERE v.generation = g.generation AND v.stream_id = e.stream_id AND v.version >= e.stream_version)
        ORDER BY e.position LIMIT 1),
       (SELECT position FROM event_log_head)))
     WHERE g.generation = ANY(${these})`,
  ];
}
