import { Module } from '@nestjs/common';
import { WriteModule } from '../write/write.module';
import { ListStatementsHttpController } from './list-statements/list-statements.http.controller';
import { RecordStatementHandler } from './record-statement/record-statement.handler';
import { RecordStatementHttpController } from './record-statement/record-statement.http.controller';

@Module({
  imports: [WriteModule],
  controllers: [RecordStatementHttpController, ListStatementsHttpController],
  providers: [RecordStatementHandler],
})
export class StatementsModule {}
