import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RecordStatement, statementDecider, statementIdFor, statementStreamId } from '@parley/domain';
import { CommandRunner } from '@parley/event-store';
import { ActorDirectory } from '../../write/actor-directory';
import { decideOnStream } from '../../write/decide-on-stream';
import { RecordStatementCommand } from './record-statement.command';

@CommandHandler(RecordStatementCommand)
export class RecordStatementHandler implements ICommandHandler<RecordStatementCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly directory: ActorDirectory,
  ) {}

  async execute({ data, context }: RecordStatementCommand) {
    const actors = await this.directory.require({ actor: data.actor, targets: data.targets });
    const said = {
      ...data,
      actor: actors.actingFor(data.actor),
      person: actors.person(data.actor),
      targets: actors.actingForAll(data.targets),
      targetPersons: actors.people(data.targets),
      source: context.metadata.source ?? null,
    };
    const developmentId = statementIdFor(said);
    const command: RecordStatement = { type: 'RecordStatement', data: { developmentId, ...said }, metadata: { now: context.now } };
    // A development is reported once, mostly: its stream is most likely new.
    return decideOnStream(this.runner, statementStreamId(developmentId), statementDecider, command, context, true);
  }
}
