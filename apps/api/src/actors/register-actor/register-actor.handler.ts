import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RegisterActor, actorDecider, actorStreamId } from '@parley/domain';
import { CommandRunner } from '@parley/event-store';
import { ActorDirectory } from '../../write/actor-directory';
import { decideOnStream } from '../../write/decide-on-stream';
import { requireBackers } from '../backers';
import { RegisterActorCommand } from './register-actor.command';

@CommandHandler(RegisterActorCommand)
export class RegisterActorHandler implements ICommandHandler<RegisterActorCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly directory: ActorDirectory,
  ) {}

  async execute({ data, context }: RegisterActorCommand) {
    await this.directory.require({ country: data.country });
    await requireBackers(this.directory, data.backedBy);
    const command: RegisterActor = { type: 'RegisterActor', data, metadata: { now: context.now } };
    return decideOnStream(this.runner, actorStreamId(data.code), actorDecider, command, context);
  }
}
