import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RecordStatement, statementDecider, statementStreamId } from '@parley/domain';
import { CommandRunner } from '@parley/event-store';
import { decideOnStream } from '../../write/decide-on-stream';
import { RecordStatementCommand } from './record-statement.command';

@CommandHandler(RecordStatementCommand)
export class RecordStatementHandler implements ICommandHandler<RecordStatementCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ data, context }: RecordStatementCommand) {
    const command: RecordStatement = { type: 'RecordStatement', data, metadata: { now: context.now } };
    return decideOnStream(this.runner, statementStreamId(data.statementId), statementDecider, command, context);
  }
}
