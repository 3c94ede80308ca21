import { Module } from '@nestjs/common';
import { EventStoreModule } from '@parley/event-store';
import { ReadModelStoreModule } from '@parley/read-model-store';
import { Generations } from './rebuild/generations';
import { KafkaReplay } from './rebuild/kafka-replay';
import { ProjectionRebuilder } from './rebuild/projection-rebuilder';
import { RebuildLedger } from './rebuild/rebuild-ledger';
import { RebuildOutdated } from './rebuild/rebuild-outdated';
import { ProjectionStatusQuery } from './status/projection-status';

/** Rebuilds from the store or Kafka, and the projections' status: for the admin API and the replay CLI. */
@Module({
  imports: [EventStoreModule, ReadModelStoreModule],
  providers: [Generations, RebuildLedger, ProjectionRebuilder, KafkaReplay, ProjectionStatusQuery],
  exports: [ProjectionRebuilder, KafkaReplay, ProjectionStatusQuery],
})
export class RebuildModule {}

/** The service's start: read models an earlier version stored are rebuilt. Not for the replay CLI, which rebuilds what it is told. */
@Module({ imports: [RebuildModule, ReadModelStoreModule], providers: [RebuildOutdated] })
export class RebuildOutdatedModule {}
