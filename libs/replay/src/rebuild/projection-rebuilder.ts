import { Injectable, Logger } from '@nestjs/common';
import { EventStore } from '@parley/event-store';
import { GenerationTarget, ProjectionWriter } from '@parley/read-model-store';
import { Projection } from '@parley/read-models';
import { Generations, ReportProgress } from './generations';
import { RebuildLedger, RebuildOutcome, RebuildSource } from './rebuild-ledger';

export interface RebuildReport extends RebuildOutcome {
  readonly projections: readonly string[];
  readonly generation: number;
  readonly seconds: number;
}

/** A rebuild under way: its green generation, and its end. */
export interface Rebuild {
  readonly projections: readonly string[];
  readonly generation: number;
  readonly finished: Promise<RebuildReport>;
}

const SOURCE_NAMES: Record<RebuildSource, string> = { store: 'the event store', kafka: 'Kafka' };

/** Fills a green generation from some source of the log; answers the position up to which it has applied all. */
export type Fill = (green: GenerationTarget, progress: ReportProgress) => Promise<number>;

/** Told of a rebuild's progress as it fills; the rebuild waits for it, so a listener can pace it or hold it before the switch. */
export type OnProgress = (done: number, total: number) => void | Promise<void>;

/**
 * Rebuilds read models into a green generation while readers keep the blue one, then switches them
 * over in one transaction once it has caught up with the log. Events that arrive meanwhile are
 * applied by the switch or, after it, by the live projector; none is lost and none counts twice.
 */
@Injectable()
export class ProjectionRebuilder {
  private readonly logger = new Logger(ProjectionRebuilder.name);

  constructor(
    private readonly store: EventStore,
    private readonly writer: ProjectionWriter,
    private readonly generations: Generations,
    private readonly ledger: RebuildLedger,
  ) {}

  /** Rebuilds from the PostgreSQL event store, in position order, in large pages. */
  fromStore(projections: readonly Projection[], onProgress?: OnProgress): Promise<Rebuild> {
    return this.start(projections, 'store', (green, progress) => this.generations.fold(green, 0, progress), onProgress);
  }

  /** Claims the read models (refused while another rebuild of them runs) and fills and switches in the background. */
  async start(projections: readonly Projection[], source: RebuildSource, fill: Fill, onProgress?: OnProgress): Promise<Rebuild> {
    await this.writer.register(projections);
    const green = await this.generations.openGreen(projections);
    const names = projections.map((p) => p.name);
    try {
      await this.ledger.begin(names, green.generation, source, await this.store.headPosition());
    } catch (error) {
      await this.generations.discard(green);
      throw error;
    }
    this.logger.log(`rebuilding ${names.join(', ')} from ${SOURCE_NAMES[source]} into generation ${green.generation}`);
    return { projections: names, generation: green.generation, finished: this.run(green, fill, onProgress) };
  }

  private async run(green: GenerationTarget, fill: Fill, onProgress?: OnProgress): Promise<RebuildReport> {
    const started = performance.now();
    try {
      const filled = await fill(green, async (done, total) => {
        await this.ledger.progress(green.generation, done, total);
        await onProgress?.(done, total);
      });
      const { head: events, fromSource, caughtUp } = await this.generations.switchTo(green, filled);
      const seconds = (performance.now() - started) / 1_000;
      const eventsPerSecond = Math.round(events / seconds);
      await this.ledger.finish(green.generation, { events, fromSource, caughtUp, eventsPerSecond });
      onProgress?.(events, events);
      const projections = green.projections.map((p) => p.name);
      this.logger.log(
        `rebuilt ${projections.join(', ')}: ${events} events (${fromSource} from the source, ${caughtUp} caught up from the store) ` +
          `in ${seconds.toFixed(1)} s (${eventsPerSecond}/s)`,
      );
      return { projections, generation: green.generation, events, fromSource, caughtUp, seconds, eventsPerSecond };
    } catch (error) {
      this.logger.error(`rebuild into generation ${green.generation} failed: ${String(error)}`);
      await this.ledger.fail(green.generation, String(error));
      await this.generations.discard(green);
      throw error;
    }
  }
}
