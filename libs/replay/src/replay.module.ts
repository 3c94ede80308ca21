import { Module } from '@nestjs/common';
import { EventStoreModule } from '@parley/event-store';
import { ReadModelStoreModule } from '@parley/read-model-store';
import { HistoricalDocuments } from './as-of/historical-documents';
import { ReadModelReaders } from './as-of/read-model-readers';
import { Generations } from './rebuild/generations';
import { KafkaReplay } from './rebuild/kafka-replay';
import { ProjectionRebuilder } from './rebuild/projection-rebuilder';
import { RebuildLedger } from './rebuild/rebuild-ledger';
import { ProjectionStatusQuery } from './status/projection-status';

@Module({
  imports: [EventStoreModule, ReadModelStoreModule],
  providers: [Generations, RebuildLedger, ProjectionRebuilder, KafkaReplay, ProjectionStatusQuery, HistoricalDocuments, ReadModelReaders],
  exports: [ProjectionRebuilder, KafkaReplay, ProjectionStatusQuery, ReadModelReaders],
})
export class ReplayModule {}
