import { NotFoundException } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AmendDevelopment, amendingDecider } from '@parley/domain';
import { CommandRunner, EventStore } from '@parley/event-store';
import { ActorDirectory, sidesReturnedTo } from '../../write/actor-directory';
import { decideOnStream } from '../../write/decide-on-stream';
import { AmendDevelopmentCommand } from './amend-development.command';

@CommandHandler(AmendDevelopmentCommand)
export class AmendDevelopmentHandler implements ICommandHandler<AmendDevelopmentCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly store: EventStore,
    private readonly directory: ActorDirectory,
  ) {}

  async execute({ data, context }: AmendDevelopmentCommand) {
    const { developmentId } = data.data;
    const streamId = await this.store.streamOfDevelopment(developmentId);
    const decider = streamId && amendingDecider(streamId);
    if (!streamId || !decider) throw new NotFoundException(`no development ${developmentId}`);
    const command = { ...data, metadata: { now: context.now } } as AmendDevelopment;
    if (command.type === 'CorrectDevelopment' && command.data.changes.targets) {
      const actors = await this.directory.require({ targets: command.data.changes.targets });
      const { targets } = command.data.changes;
      command.data.changes = { ...command.data.changes, targets: actors.actingForAll(targets), targetPersons: actors.people(targets) };
    }
    if (command.type === 'CorrectDevelopment' && command.data.changes.returned) {
      const returned = sidesReturnedTo(command.data.changes.returned);
      (await this.directory.require(returned)).refusePeople(returned);
    }
    return decideOnStream(this.runner, streamId, decider, command, context);
  }
}
