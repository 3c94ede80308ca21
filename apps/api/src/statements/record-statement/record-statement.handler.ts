import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RecordStatement, statementDecider, statementIdentity, statementStreamId } from '@parley/domain';
import { ActorDirectory } from '../../write/actor-directory';
import { IdentifiedRecording } from '../../write/record-identified';
import { RecordStatementCommand } from './record-statement.command';

@CommandHandler(RecordStatementCommand)
export class RecordStatementHandler implements ICommandHandler<RecordStatementCommand> {
  constructor(
    private readonly recording: IdentifiedRecording,
    private readonly directory: ActorDirectory,
  ) {}

  async execute({ data: { corroborates, distinct, ...data }, context }: RecordStatementCommand) {
    const actors = await this.directory.require({ actor: data.actor, targets: data.targets });
    const said = {
      ...data,
      actor: actors.actingFor(data.actor),
      person: actors.person(data.actor),
      targets: actors.actingForAll(data.targets),
      targetPersons: actors.people(data.targets),
      source: context.metadata.source ?? null,
    };
    const streams = {
      streamIdOf: statementStreamId,
      kind: 'statement',
      decider: statementDecider,
      command: (claim: Pick<RecordStatement['data'], 'identityStream' | 'corroborates' | 'distinct'>): RecordStatement => ({
        type: 'RecordStatement',
        data: { ...said, ...claim },
        metadata: { now: context.now },
      }),
    };
    return this.recording.record(streams, statementIdentity(said), { corroborates, distinct }, context);
  }
}
