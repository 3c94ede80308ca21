import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface ProjectionLag {
  readonly projection: string;
  /** Events of the log the read model has not applied. */
  readonly events: number;
  /** How long the oldest of them has waited since it was recorded. */
  readonly seconds: number;
}

/** How far the read models readers use have caught up with the log. */
@Injectable()
export class ProjectionProgress {
  constructor(private readonly dataSource: DataSource) {}

  /** The highest position at or below which every event is applied to every live read model. */
  async appliedThrough(): Promise<number> {
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

  /** Waits until `position` is applied; false when it is not within `timeoutMs`. */
  async waitFor(position: number, timeoutMs: number, pollMs = 20): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if ((await this.appliedThrough()) >= position) return true;
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, Math.min(pollMs, Math.max(1, deadline - Date.now()))));
    }
  }
}
