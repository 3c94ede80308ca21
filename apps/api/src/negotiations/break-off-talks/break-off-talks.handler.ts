import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { BreakOffTalks, trackDecider, trackStreamId } from '@parley/domain';
import { CommandRunner } from '@parley/event-store';
import { decideOnStream } from '../../write/decide-on-stream';
import { BreakOffTalksCommand } from './break-off-talks.command';

@CommandHandler(BreakOffTalksCommand)
export class BreakOffTalksHandler implements ICommandHandler<BreakOffTalksCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ data, context }: BreakOffTalksCommand) {
    const command: BreakOffTalks = { type: 'BreakOffTalks', data: { ...data, source: context.metadata.source ?? null }, metadata: { now: context.now } };
    return decideOnStream(this.runner, trackStreamId(data.trackId), trackDecider, command, context);
  }
}
