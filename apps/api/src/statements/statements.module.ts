import { Module } from '@nestjs/common';
import { UseCaseModule } from '../write/use-case.module';
import { ListStatementsHttpController } from './list-statements/list-statements.http.controller';
import { RecordStatementHandler } from './record-statement/record-statement.handler';
import { RecordStatementHttpController } from './record-statement/record-statement.http.controller';

@Module({
  imports: [UseCaseModule],
  controllers: [RecordStatementHttpController, ListStatementsHttpController],
  providers: [RecordStatementHandler],
})
export class StatementsModule {}
