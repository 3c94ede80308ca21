import { NotFoundException } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Backing, ChangeBacking, actorDecider, actorStreamId } from '@parley/domain';
import { ActorDirectory } from '../../write/actor-directory';
import { WriteCommand, WriteService } from '../../write/write-service';
import { requireBackers } from '../backers';

export class ChangeBackingCommand extends WriteCommand<Backing> {}

/** Backing changes only for an actor Parley knows (404 otherwise), and only to known backers. */
@CommandHandler(ChangeBackingCommand)
export class ChangeBackingHandler implements ICommandHandler<ChangeBackingCommand> {
  constructor(
    private readonly writes: WriteService,
    private readonly directory: ActorDirectory,
  ) {}

  execute(command: ChangeBackingCommand) {
    const { data, context } = command;
    return this.writes.handle(command, async () => {
      if (!(await this.directory.find(data.code))) throw new NotFoundException(`no actor ${data.code}`);
      await requireBackers(this.directory, data.backedBy);
      const change: ChangeBacking = { type: 'ChangeBacking', data, metadata: { now: context.now } };
      return { streamId: actorStreamId(data.code), decider: actorDecider, command: change };
    });
  }
}
