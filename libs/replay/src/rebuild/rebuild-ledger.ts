import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export type RebuildSource = 'store' | 'kafka';

/** How a rebuild ended: the head it switched at, where its events came from, and its pace. */
export interface RebuildOutcome {
  /** The log's head when readers were switched: every event up to it is in the rebuilt read models. */
  readonly events: number;
  /** Events applied from the rebuild's own source (the store, or Kafka) before the switch. */
  readonly fromSource: number;
  /** Events the switch then applied from the store: those the source had not supplied. */
  readonly caughtUp: number;
  readonly eventsPerSecond: number;
}

/** Another rebuild of the same read models is still running. */
export class RebuildInProgress extends Error {
  override readonly name = 'RebuildInProgress';
  constructor(readonly projections: readonly string[]) {
    super(`a rebuild of ${projections.join(', ')} is already running`);
  }
}

/** A rebuild that has not reported progress for this long is taken as dead (its process stopped). */
export const ABANDONED_AFTER = '2 minutes';

/** Records each rebuild in projection_rebuilds: claimed, progressing, then live or failed. */
@Injectable()
export class RebuildLedger {
  constructor(private readonly dataSource: DataSource) {}

  /** Claims the read models for one rebuild; refused while another rebuild of any of them is alive. */
  async begin(names: readonly string[], generation: number, source: RebuildSource, total: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const claimed: { projection: string }[] = await manager.query(
        `INSERT INTO projection_rebuilds (projection, state, source, generation, events_total)
         SELECT unnest($1::text[]), 'rebuilding', $2, $3, $4
         ON CONFLICT (projection) DO UPDATE SET state = 'rebuilding', source = EXCLUDED.source,
           generation = EXCLUDED.generation, events_done = 0, events_total = EXCLUDED.events_total,
           events_per_second = NULL, events_from_source = NULL, events_caught_up = NULL, error = NULL, started_at = now(), updated_at = now(), finished_at = NULL
         WHERE projection_rebuilds.state <> 'rebuilding'
            OR projection_rebuilds.updated_at < now() - interval '${ABANDONED_AFTER}'
         RETURNING projection`,
        [names, source, generation, total],
      );
      if (claimed.length < names.length) {
        // Throwing rolls the claims made here back: a rebuild takes all its read models or none.
        throw new RebuildInProgress(names.filter((n) => !claimed.some((c) => c.projection === n)));
      }
    });
  }

  async progress(generation: number, done: number, total: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE projection_rebuilds SET events_done = $2, events_total = $3, updated_at = now()
       WHERE generation = $1 AND state = 'rebuilding'`,
      [generation, done, total],
    );
  }

  async finish(generation: number, outcome: RebuildOutcome): Promise<void> {
    await this.dataSource.query(
      `UPDATE projection_rebuilds SET state = 'live', events_done = $2, events_total = $2, events_per_second = $3,
         events_from_source = $4, events_caught_up = $5, updated_at = now(), finished_at = now()
       WHERE generation = $1`,
      [generation, outcome.events, outcome.eventsPerSecond, outcome.fromSource, outcome.caughtUp],
    );
  }

  async fail(generation: number, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE projection_rebuilds SET state = 'failed', error = $2, updated_at = now(), finished_at = now() WHERE generation = $1`,
      [generation, error],
    );
  }
}
