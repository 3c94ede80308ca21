import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RecordPrisonerExchange, exchangeDecider, exchangeStreamId } from '@parley/domain';
import { CommandRunner } from '@parley/event-store';
import { decideOnStream } from '../../write/decide-on-stream';
import { RecordPrisonerExchangeCommand } from './record-prisoner-exchange.command';

@CommandHandler(RecordPrisonerExchangeCommand)
export class RecordPrisonerExchangeHandler implements ICommandHandler<RecordPrisonerExchangeCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ data, context }: RecordPrisonerExchangeCommand) {
    const command: RecordPrisonerExchange = { type: 'RecordPrisonerExchange', data, metadata: { now: context.now } };
    return decideOnStream(this.runner, exchangeStreamId(data.exchangeId), exchangeDecider, command, context);
  }
}
