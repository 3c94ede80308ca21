import { NotFoundException } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AmendDevelopment, amendingDecider } from '@parley/domain';
import { EventStore } from '@parley/event-store';
import { ActorDirectory, sidesReturnedTo } from '../../write/actor-directory';
import { WriteCommand, WriteService } from '../../write/write-service';

/** A correction, a retraction or a source detached, of a development of any kind. */
export class AmendDevelopmentCommand extends WriteCommand<Pick<AmendDevelopment, 'type' | 'data'>> {}

/** Amends a development on whichever stream recorded it; corrected targets and sides are resolved as on recording. */
@CommandHandler(AmendDevelopmentCommand)
export class AmendDevelopmentHandler implements ICommandHandler<AmendDevelopmentCommand> {
  constructor(
    private readonly writes: WriteService,
    private readonly store: EventStore,
    private readonly directory: ActorDirectory,
  ) {}

  execute(command: AmendDevelopmentCommand) {
    const { data, context } = command;
    return this.writes.handle(command, async () => {
      const { developmentId } = data.data;
      const streamId = await this.store.streamOfDevelopment(developmentId);
      const decider = streamId && amendingDecider(streamId);
      if (!streamId || !decider) throw new NotFoundException(`no development ${developmentId}`);
      const amendment = { ...data, metadata: { now: context.now } } as AmendDevelopment;
      if (amendment.type === 'CorrectDevelopment' && amendment.data.changes.targets) {
        const actors = await this.directory.require({ targets: amendment.data.changes.targets });
        const { targets } = amendment.data.changes;
        amendment.data.changes = { ...amendment.data.changes, targets: actors.actingForAll(targets), targetPersons: actors.people(targets) };
      }
      if (amendment.type === 'CorrectDevelopment' && amendment.data.changes.returned) {
        const returned = sidesReturnedTo(amendment.data.changes.returned);
        (await this.directory.require(returned)).refusePeople(returned);
      }
      return { streamId, decider, command: amendment };
    });
  }
}
