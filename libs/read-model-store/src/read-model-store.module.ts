import { Module } from '@nestjs/common';
import { PgDocumentReader } from './pg-document-reader';
import { ProjectionProgress } from './projection-progress';
import { ProjectionWriter } from './projection-writer';

@Module({
  providers: [PgDocumentReader, ProjectionWriter, ProjectionProgress],
  exports: [PgDocumentReader, ProjectionWriter, ProjectionProgress],
})
export class ReadModelStoreModule {}
