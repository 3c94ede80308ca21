import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ProjectionWriter } from '@parley/read-model-store';
import { ProjectionRebuilder } from './projection-rebuilder';
import { RebuildInProgress } from './rebuild-ledger';

/**
 * At start, rebuilds from the log the read models that an earlier version of their reducer stored,
 * in the background and without downtime: readers keep the old documents until the switch.
 */
@Injectable()
export class RebuildOutdated implements OnApplicationBootstrap {
  private readonly logger = new Logger(RebuildOutdated.name);

  constructor(
    private readonly writer: ProjectionWriter,
    private readonly rebuilder: ProjectionRebuilder,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const outdated = await this.writer.outdated();
    if (outdated.length === 0) return;
    try {
      const rebuild = await this.rebuilder.fromStore(outdated);
      this.logger.log(`${rebuild.projections.join(', ')}: stored by an earlier version; rebuilding into generation ${rebuild.generation}`);
      // The rebuilder logs and records a failure, and the admin status shows it; the service runs on.
      rebuild.finished.catch(() => undefined);
    } catch (error) {
      if (!(error instanceof RebuildInProgress)) throw error;
      this.logger.log(`${error.projections.join(', ')}: stored by an earlier version; another process is rebuilding them`);
    }
  }
}
