import { Module } from '@nestjs/common';
import { EventStoreModule } from '@parley/event-store';
import { DevelopmentsAsOf } from './as-of/developments-as-of';
import { HistoricalDocuments } from './as-of/historical-documents';
import { HighWaterMark } from './high-water-mark';
import { PgDocumentReader } from './pg-document-reader';
import { ProjectionWriter } from './projection-writer';
import { ReadModelReaders } from './read-model-readers';

/** The read models in PostgreSQL: the blue generation's reader, the writer the async daemon and rebuilds share, the high-water mark. */
@Module({
  providers: [PgDocumentReader, ProjectionWriter, HighWaterMark],
  exports: [PgDocumentReader, ProjectionWriter, HighWaterMark],
})
export class ReadModelStoreModule {}

/** Readers of the read models, live or as of a moment; folds its checkpoints at start, so only the API imports it. */
@Module({
  imports: [EventStoreModule, ReadModelStoreModule],
  providers: [DevelopmentsAsOf, HistoricalDocuments, ReadModelReaders],
  exports: [ReadModelReaders],
})
export class ReadModelReadersModule {}
