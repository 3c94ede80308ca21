import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ExchangeState, LifecycleEvent, PrisonerExchangeRecorded, RecordPrisonerExchange, exchangeDecider, exchangeIdentity, exchangeStreamId } from '@parley/domain';
import { ActorDirectory, sidesReturnedTo } from '../../write/actor-directory';
import { ReportClaim, WriteCommand, WriteService } from '../../write/write-service';

/** The exchange as asked for: its id not yet known. */
export type ExchangeRequest = Omit<RecordPrisonerExchange['data'], 'source' | 'identityStream' | 'corroborates' | 'distinct'> & ReportClaim;

export class RecordPrisonerExchangeCommand extends WriteCommand<ExchangeRequest> {}

type ExchangeEvent = PrisonerExchangeRecorded | LifecycleEvent;

/** Prisoners go home to a state or a group, never a person; the stream is the exchange's it repeats, if any. */
@CommandHandler(RecordPrisonerExchangeCommand)
export class RecordPrisonerExchangeHandler implements ICommandHandler<RecordPrisonerExchangeCommand> {
  constructor(
    private readonly writes: WriteService,
    private readonly directory: ActorDirectory,
  ) {}

  execute(command: RecordPrisonerExchangeCommand) {
    const { data: { corroborates, distinct, ...data }, context } = command;
    return this.writes.handle(command, async () => {
      const returned = sidesReturnedTo(data.returned);
      (await this.directory.require({ ...returned, mediators: data.mediators })).refusePeople(returned);
      const exchange = { ...data, source: context.metadata.source ?? null };
      return this.writes.reportToDecide<RecordPrisonerExchange, ExchangeEvent, ExchangeState>(
        { type: 'RecordPrisonerExchange', report: exchange, identity: exchangeIdentity(exchange), streamIdOf: exchangeStreamId, kind: 'prisoner_exchange', decider: exchangeDecider },
        { corroborates, distinct },
        context.now,
      );
    });
  }
}
