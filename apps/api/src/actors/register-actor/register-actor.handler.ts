import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RegisterActor, actorDecider, actorStreamId } from '@parley/domain';
import { ActorDirectory } from '../../write/actor-directory';
import { WriteCommand, WriteService } from '../../write/write-service';
import { requireBackers } from '../backers';

export class RegisterActorCommand extends WriteCommand<RegisterActor['data']> {}

/** An actor's country and backers must be known actors, its backers no person; the actor's own stream decides the rest. */
@CommandHandler(RegisterActorCommand)
export class RegisterActorHandler implements ICommandHandler<RegisterActorCommand> {
  constructor(
    private readonly writes: WriteService,
    private readonly directory: ActorDirectory,
  ) {}

  execute(command: RegisterActorCommand) {
    const { data, context } = command;
    return this.writes.handle(command, async () => {
      await this.directory.require({ country: data.country });
      await requireBackers(this.directory, data.backedBy);
      const register: RegisterActor = { type: 'RegisterActor', data, metadata: { now: context.now } };
      return { streamId: actorStreamId(data.code), decider: actorDecider, command: register };
    });
  }
}
