import { NotFoundException } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ChangeBacking, actorDecider, actorStreamId } from '@parley/domain';
import { CommandRunner } from '@parley/event-store';
import { ActorDirectory } from '../../write/actor-directory';
import { decideOnStream } from '../../write/decide-on-stream';
import { requireBackers } from '../backers';
import { ChangeBackingCommand } from './change-backing.command';

@CommandHandler(ChangeBackingCommand)
export class ChangeBackingHandler implements ICommandHandler<ChangeBackingCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly directory: ActorDirectory,
  ) {}

  async execute({ data, context }: ChangeBackingCommand) {
    if (!(await this.directory.find(data.code))) throw new NotFoundException(`no actor ${data.code}`);
    await requireBackers(this.directory, data.backedBy);
    const command: ChangeBacking = { type: 'ChangeBacking', data, metadata: { now: context.now } };
    return decideOnStream(this.runner, actorStreamId(data.code), actorDecider, command, context);
  }
}
