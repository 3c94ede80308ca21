import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ExchangeState, LifecycleEvent, PrisonerExchangeRecorded, RecordPrisonerExchange, exchangeDecider, exchangeIdentity, exchangeStreamId } from '@parley/domain';
import { ActorDirectory } from '../../write/actor-directory';
import { IdentifiedRecording } from '../../write/record-identified';
import { RecordPrisonerExchangeCommand } from './record-prisoner-exchange.command';

type ExchangeEvent = PrisonerExchangeRecorded | LifecycleEvent;

@CommandHandler(RecordPrisonerExchangeCommand)
export class RecordPrisonerExchangeHandler implements ICommandHandler<RecordPrisonerExchangeCommand> {
  constructor(
    private readonly recording: IdentifiedRecording,
    private readonly directory: ActorDirectory,
  ) {}

  async execute({ data: { corroborates, distinct, ...data }, context }: RecordPrisonerExchangeCommand) {
    await this.directory.require({ returned: data.returned.map((r) => r.to), mediators: data.mediators });
    const exchange = { ...data, source: context.metadata.source ?? null };
    return this.recording.record<RecordPrisonerExchange, ExchangeEvent, ExchangeState>(
      { type: 'RecordPrisonerExchange', report: exchange, identity: exchangeIdentity(exchange), streamIdOf: exchangeStreamId, kind: 'prisoner_exchange', decider: exchangeDecider },
      { corroborates, distinct },
      context,
    );
  }
}
