import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { LifecycleEvent, RecordStatement, StatementRecorded, StatementState, statementDecider, statementIdentity, statementStreamId } from '@parley/domain';
import { ActorDirectory } from '../../write/actor-directory';
import { IdentifiedRecording } from '../../write/record-identified';
import { RecordStatementCommand } from './record-statement.command';

type StatementEvent = StatementRecorded | LifecycleEvent;

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
    return this.recording.record<RecordStatement, StatementEvent, StatementState>(
      { type: 'RecordStatement', report: said, identity: statementIdentity(said), streamIdOf: statementStreamId, kind: 'statement', decider: statementDecider },
      { corroborates, distinct },
      context,
    );
  }
}
