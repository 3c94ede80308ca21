import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ScheduleTalks, trackDecider, trackStreamId } from '@parley/domain';
import { RequestValidationError } from '../../http/problem';
import { ActorDirectory, KnownActors } from '../../write/actor-directory';
import { WriteCommand, WriteService } from '../../write/write-service';

export class ScheduleTalksCommand extends WriteCommand<ScheduleTalks['data']> {}

/**
 * Persons do not negotiate as parties: the states, organisations and groups they act for do. A
 * mediator acting for a party (its envoy) would be the party mediating itself.
 */
function refuseSidesOfTrack(known: KnownActors, parties: readonly string[], mediators: readonly string[]): void {
  const errors = [
    ...known.people(parties).map((person) => ({
      field: 'parties',
      message: `${person} is a person; name the party they act for (${known.actingFor(person)})`,
    })),
    ...mediators
      .filter((mediator) => parties.includes(known.actingFor(mediator)) && !parties.includes(mediator))
      .map((mediator) => ({ field: 'mediators', message: `${mediator} acts for ${known.actingFor(mediator)}, a party to the track, so cannot mediate it` })),
  ];
  if (errors.length > 0) throw new RequestValidationError(errors);
}

@CommandHandler(ScheduleTalksCommand)
export class ScheduleTalksHandler implements ICommandHandler<ScheduleTalksCommand> {
  constructor(
    private readonly writes: WriteService,
    private readonly directory: ActorDirectory,
  ) {}

  execute(command: ScheduleTalksCommand) {
    const { data, context } = command;
    return this.writes.handle(command, async () => {
      const known = await this.directory.require({ parties: data.parties, mediators: data.mediators, hostCountry: data.hostCountry });
      refuseSidesOfTrack(known, data.parties, data.mediators);
      const schedule: ScheduleTalks = { type: 'ScheduleTalks', data: { ...data, source: context.metadata.source ?? null }, metadata: { now: context.now } };
      return { streamId: trackStreamId(data.trackId), decider: trackDecider, command: schedule };
    });
  }
}
