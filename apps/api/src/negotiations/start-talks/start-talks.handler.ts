import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { StartTalks, trackDecider, trackStreamId } from '@parley/domain';
import { CommandRunner } from '@parley/event-store';
import { decideOnStream } from '../../write/decide-on-stream';
import { StartTalksCommand } from './start-talks.command';

@CommandHandler(StartTalksCommand)
export class StartTalksHandler implements ICommandHandler<StartTalksCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ data, context }: StartTalksCommand) {
    const command: StartTalks = { type: 'StartTalks', data: { ...data, source: context.metadata.source ?? null }, metadata: { now: context.now } };
    return decideOnStream(this.runner, trackStreamId(data.trackId), trackDecider, command, context);
  }
}
