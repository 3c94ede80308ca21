import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RecordPrisonerExchange, exchangeDecider, exchangeIdentity, exchangeStreamId } from '@parley/domain';
import { ActorDirectory } from '../../write/actor-directory';
import { IdentifiedRecording } from '../../write/record-identified';
import { RecordPrisonerExchangeCommand } from './record-prisoner-exchange.command';

@CommandHandler(RecordPrisonerExchangeCommand)
export class RecordPrisonerExchangeHandler implements ICommandHandler<RecordPrisonerExchangeCommand> {
  constructor(
    private readonly recording: IdentifiedRecording,
    private readonly directory: ActorDirectory,
  ) {}

  async execute({ data: { corroborates, distinct, ...data }, context }: RecordPrisonerExchangeCommand) {
    await this.directory.require({ returned: data.returned.map((r) => r.to), mediators: data.mediators });
    const exchange = { ...data, source: context.metadata.source ?? null };
    const streams = {
      streamIdOf: exchangeStreamId,
      kind: 'prisoner_exchange',
      decider: exchangeDecider,
      command: (claim: Pick<RecordPrisonerExchange['data'], 'identityStream' | 'corroborates' | 'distinct'>): RecordPrisonerExchange => ({
        type: 'RecordPrisonerExchange',
        data: { ...exchange, ...claim },
        metadata: { now: context.now },
      }),
    };
    return this.recording.record(streams, exchangeIdentity(exchange), { corroborates, distinct }, context);
  }
}
