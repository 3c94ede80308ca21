import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

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
 * ProjectionWriter.advanceHighWaterMark); the one readers see is the lowest among the generations
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
