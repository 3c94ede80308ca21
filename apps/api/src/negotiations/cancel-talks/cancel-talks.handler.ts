import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CancelTalks, trackDecider, trackStreamId } from '@parley/domain';
import { CommandRunner } from '@parley/event-store';
import { decideOnStream } from '../../write/decide-on-stream';
import { CancelTalksCommand } from './cancel-talks.command';

@CommandHandler(CancelTalksCommand)
export class CancelTalksHandler implements ICommandHandler<CancelTalksCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ data, context }: CancelTalksCommand) {
    const command: CancelTalks = { type: 'CancelTalks', data, metadata: { now: context.now } };
    return decideOnStream(this.runner, trackStreamId(data.trackId), trackDecider, command, context);
  }
}
