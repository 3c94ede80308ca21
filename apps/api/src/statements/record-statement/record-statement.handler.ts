import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { LifecycleEvent, RecordStatement, StatementRecorded, StatementState, statementDecider, statementIdentity, statementStreamId } from '@parley/domain';
import { ActorDirectory } from '../../write/actor-directory';
import { ReportClaim, WriteCommand, WriteService } from '../../write/write-service';

/** The statement as asked for: its actors not yet resolved, its id not yet known. */
export type StatementRequest = Omit<RecordStatement['data'], 'person' | 'source' | 'identityStream' | 'corroborates' | 'distinct'> &
  ReportClaim;

export class RecordStatementCommand extends WriteCommand<StatementRequest> {}

type StatementEvent = StatementRecorded | LifecycleEvent;

/** A statement is its speaker's country's act, the speaker kept as its person; the stream is the development's it repeats, if any. */
@CommandHandler(RecordStatementCommand)
export class RecordStatementHandler implements ICommandHandler<RecordStatementCommand> {
  constructor(
    private readonly writes: WriteService,
    private readonly directory: ActorDirectory,
  ) {}

  execute(command: RecordStatementCommand) {
    const { data: { corroborates, distinct, ...data }, context } = command;
    return this.writes.handle(command, async () => {
      const actors = await this.directory.require({ actor: data.actor, targets: data.targets });
      const said = {
        ...data,
        actor: actors.actingFor(data.actor),
        person: actors.person(data.actor),
        targets: actors.actingForAll(data.targets),
        targetPersons: actors.people(data.targets),
        source: context.metadata.source ?? null,
      };
      return this.writes.reportToDecide<RecordStatement, StatementEvent, StatementState>(
        { type: 'RecordStatement', report: said, identity: statementIdentity(said), streamIdOf: statementStreamId, kind: 'statement', decider: statementDecider },
        { corroborates, distinct },
        context.now,
      );
    });
  }
}
