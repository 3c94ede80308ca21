import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { PostponeTalks, trackDecider, trackStreamId } from '@parley/domain';
import { CommandRunner } from '@parley/event-store';
import { decideOnStream } from '../../write/decide-on-stream';
import { PostponeTalksCommand } from './postpone-talks.command';

@CommandHandler(PostponeTalksCommand)
export class PostponeTalksHandler implements ICommandHandler<PostponeTalksCommand> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ data, context }: PostponeTalksCommand) {
    const command: PostponeTalks = { type: 'PostponeTalks', data, metadata: { now: context.now } };
    return decideOnStream(this.runner, trackStreamId(data.trackId), trackDecider, command, context);
  }
}
