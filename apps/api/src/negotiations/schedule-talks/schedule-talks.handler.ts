import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ScheduleTalks, trackDecider, trackStreamId } from '@parley/domain';
import { CommandRunner } from '@parley/event-store';
import { ActorDirectory } from '../../write/actor-directory';
import { decideOnStream } from '../../write/decide-on-stream';
import { ScheduleTalksCommand } from './schedule-talks.command';

@CommandHandler(ScheduleTalksCommand)
export class ScheduleTalksHandler implements ICommandHandler<ScheduleTalksCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly directory: ActorDirectory,
  ) {}

  async execute({ data, context }: ScheduleTalksCommand) {
    await this.directory.require({ parties: data.parties, mediators: data.mediators, hostCountry: data.hostCountry });
    const command: ScheduleTalks = {
      type: 'ScheduleTalks',
      data: { ...data, source: context.metadata.source ?? null },
      metadata: { now: context.now },
    };
    return decideOnStream(this.runner, trackStreamId(data.trackId), trackDecider, command, context);
  }
}
