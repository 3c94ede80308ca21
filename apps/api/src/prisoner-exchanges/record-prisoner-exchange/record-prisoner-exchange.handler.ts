import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RecordPrisonerExchange, exchangeDecider, exchangeIdFor, exchangeStreamId } from '@parley/domain';
import { CommandRunner } from '@parley/event-store';
import { ActorDirectory, sidesReturnedTo } from '../../write/actor-directory';
import { decideOnStream } from '../../write/decide-on-stream';
import { RecordPrisonerExchangeCommand } from './record-prisoner-exchange.command';

@CommandHandler(RecordPrisonerExchangeCommand)
export class RecordPrisonerExchangeHandler implements ICommandHandler<RecordPrisonerExchangeCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly directory: ActorDirectory,
  ) {}

  async execute({ data, context }: RecordPrisonerExchangeCommand) {
    const returned = sidesReturnedTo(data.returned);
    (await this.directory.require({ ...returned, mediators: data.mediators })).refusePeople(returned);
    const developmentId = exchangeIdFor(data);
    const command: RecordPrisonerExchange = {
      type: 'RecordPrisonerExchange',
      data: { developmentId, ...data, source: context.metadata.source ?? null },
      metadata: { now: context.now },
    };
    // A development is reported once, mostly: its stream is most likely new.
    return decideOnStream(this.runner, exchangeStreamId(developmentId), exchangeDecider, command, context, true);
  }
}
