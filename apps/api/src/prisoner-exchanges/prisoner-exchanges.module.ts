import { Module } from '@nestjs/common';
import { UseCaseModule } from '../write/use-case.module';
import { ListPrisonerExchangesHttpController } from './list-prisoner-exchanges/list-prisoner-exchanges.http.controller';
import { RecordPrisonerExchangeHandler } from './record-prisoner-exchange/record-prisoner-exchange.handler';
import { RecordPrisonerExchangeHttpController } from './record-prisoner-exchange/record-prisoner-exchange.http.controller';

@Module({
  imports: [UseCaseModule],
  controllers: [RecordPrisonerExchangeHttpController, ListPrisonerExchangesHttpController],
  providers: [RecordPrisonerExchangeHandler],
})
export class PrisonerExchangesModule {}
