import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ConcludeTalks, trackDecider, trackStreamId } from '@parley/domain';
import { CommandRunner } from '@parley/event-store';
import { decideOnStream } from '../../write/decide-on-stream';
import { ConcludeTalksCommand } from './conclude-talks.command';

@CommandHandler(ConcludeTalksCommand)
export class ConcludeTalksHandler implements ICommandHandler<ConcludeTalksCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ data, context }: ConcludeTalksCommand) {
    const command: ConcludeTalks = { type: 'ConcludeTalks', data: { ...data, source: context.metadata.source ?? null }, metadata: { now: context.now } };
    return decideOnStream(this.runner, trackStreamId(data.trackId), trackDecider, command, context);
  }
}
