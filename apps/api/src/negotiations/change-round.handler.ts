import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { BreakOffTalks, CancelTalks, ConcludeTalks, PostponeTalks, StartTalks, trackDecider, trackStreamId } from '@parley/domain';
import { WriteCommand, WriteService } from '../write/write-service';

type RoundChange = StartTalks | ConcludeTalks | BreakOffTalks | PostponeTalks | CancelTalks;

/** A change to a scheduled round, as its controller built it: the track's decider holds every rule of it. */
export class ChangeRoundCommand extends WriteCommand<RoundChange> {
  // Each change under its own name on the commands metric (StartTalks, CancelTalks), as it always was.
  override get name(): string {
    return this.data.type;
  }
}

/** Starts, concludes, breaks off, postpones or cancels a round: decided on the track's stream, nothing to resolve first. */
@CommandHandler(ChangeRoundCommand)
export class ChangeRoundHandler implements ICommandHandler<ChangeRoundCommand> {
  constructor(private readonly writes: WriteService) {}

  execute(command: ChangeRoundCommand) {
    return this.writes.handle(command, () => ({ streamId: trackStreamId(command.data.data.trackId), decider: trackDecider, command: command.data }));
  }
}
