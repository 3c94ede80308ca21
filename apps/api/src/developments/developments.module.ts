import { Module } from '@nestjs/common';
import { UseCaseModule } from '../write/use-case.module';
import { AmendDevelopmentHandler } from './amend-development/amend-development.handler';
import { AmendDevelopmentHttpController } from './amend-development/amend-development.http.controller';
import { ImportDevelopmentsHandler } from './import-developments/import-developments.handler';
import { ImportDevelopmentsHttpController } from './import-developments/import-developments.http.controller';
import { NdjsonBodies } from './import-developments/ndjson-body';
import { ListDevelopmentsHttpController } from './list-developments/list-developments.http.controller';
import { RecordDevelopmentHandler } from './record-development/record-development.handler';
import { RecordDevelopmentHttpController } from './record-development/record-development.http.controller';

@Module({
  imports: [UseCaseModule],
  controllers: [RecordDevelopmentHttpController, ImportDevelopmentsHttpController, AmendDevelopmentHttpController, ListDevelopmentsHttpController],
  providers: [RecordDevelopmentHandler, AmendDevelopmentHandler, ImportDevelopmentsHandler, NdjsonBodies],
})
export class DevelopmentsModule {}
