import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

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
