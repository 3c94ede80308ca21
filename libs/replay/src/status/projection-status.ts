import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ABANDONED_AFTER, RebuildSource } from '../rebuild/rebuild-ledger';

export interface ProjectionStatus {
  name: string;
  state: 'live' | 'rebuilding' | 'failed';
  appliedPosition: number;
  headPosition: number;
  lag: { events: number; seconds: number };
  /** The last rebuild: under way (with its progress), done, or failed (with its error); null if never rebuilt. */
  lastRebuild: {
    source: RebuildSource;
    generation: number;
    progress: { done: number; total: number };
    eventsPerSecond: number | null;
    /** The events it applied from its own source, and then from the store at the switch; null until it has switched. */
    applied: { fromSource: number; caughtUp: number } | null;
    error: string | null;
    startedAt: string;
    finishedAt: string | null;
  } | null;
}

export interface ProjectionsStatus {
  headPosition: number;
  /** Messages the projector set aside (GET /api/v1/admin/dead-letters lists them). */
  deadLetters: number;
  /** The newest of them: why and when; null when there are none. */
  lastDeadLetter: { reason: string; receivedAt: string } | null;
  projections: ProjectionStatus[];
}

interface Row {
  name: string;
  applied_through: string;
  head: string;
  lag_seconds: number | null;
  state: ProjectionStatus['state'] | null;
  source: RebuildSource;
  generation: number;
  events_done: string;
  events_total: string;
  events_per_second: number | null;
  events_from_source: string | null;
  events_caught_up: string | null;
  error: string | null;
  started_at: Date;
  finished_at: Date | null;
}

/** Where each read model stands against the log, and how its last rebuild went. */
@Injectable()
export class ProjectionStatusQuery {
  constructor(private readonly dataSource: DataSource) {}

  async list(): Promise<ProjectionsStatus> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT p.name, g.applied_through, h.position AS head,
              (SELECT extract(epoch FROM now() - e.recorded_at)::float FROM events e WHERE e.position = g.applied_through + 1) AS lag_seconds,
              CASE WHEN a.abandoned THEN 'failed' ELSE r.state END AS state,
              CASE WHEN a.abandoned THEN 'abandoned: no progress for ${ABANDONED_AFTER}; its process stopped' ELSE r.error END AS error,
              r.source, r.generation, r.events_done, r.events_total, r.events_per_second,
              r.events_from_source, r.events_caught_up, r.started_at, r.finished_at
       FROM projections p
       JOIN read_model_generations g ON g.generation = p.generation
       CROSS JOIN event_log_head h
       LEFT JOIN projection_rebuilds r ON r.projection = p.name
       LEFT JOIN LATERAL (SELECT r.state = 'rebuilding' AND r.updated_at < now() - interval '${ABANDONED_AFTER}' AS abandoned) a ON true
       ORDER BY p.name`,
    );
    const [head] = await this.dataSource.query(`SELECT position FROM event_log_head`);
    const [dead] = await this.dataSource.query(`SELECT count(*)::int AS n FROM dead_letters`);
    const [last] = await this.dataSource.query(`SELECT reason, received_at FROM dead_letters ORDER BY id DESC LIMIT 1`);
    return {
      headPosition: Number(head.position),
      deadLetters: dead.n,
      lastDeadLetter: last ? { reason: last.reason, receivedAt: (last.received_at as Date).toISOString() } : null,
      projections: rows.map(toStatus),
    };
  }
}

function toStatus(row: Row): ProjectionStatus {
  const applied = Number(row.applied_through);
  const head = Number(row.head);
  return {
    name: row.name,
    state: row.state === 'rebuilding' || row.state === 'failed' ? row.state : 'live',
    appliedPosition: applied,
    headPosition: head,
    lag: { events: head - applied, seconds: Math.max(0, Math.round(row.lag_seconds ?? 0)) },
    lastRebuild: row.state
      ? {
          source: row.source,
          generation: row.generation,
          progress: { done: Number(row.events_done), total: Number(row.events_total) },
          eventsPerSecond: row.events_per_second,
          applied:
            row.events_from_source === null
              ? null
              : { fromSource: Number(row.events_from_source), caughtUp: Number(row.events_caught_up) },
          error: row.error,
          startedAt: row.started_at.toISOString(),
          finishedAt: row.finished_at?.toISOString() ?? null,
        }
      : null,
  };
}
