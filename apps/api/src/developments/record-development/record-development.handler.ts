import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  DevelopmentReport,
  RecordDevelopment,
  cameoCodeOf,
  developmentDecider,
  developmentIdFor,
  developmentStreamId,
} from '@parley/domain';
import { CommandRunner, EventStore } from '@parley/event-store';
import { ActorDirectory, KnownActors } from '../../write/actor-directory';
import { decideOnStream } from '../../write/decide-on-stream';
import { requireTrack } from '../../write/require-track';
import { DevelopmentRequest, RecordDevelopmentCommand } from './record-development.command';

/** Actor codes inside a kind's details, by field. */
const actorsInDetails = (data: DevelopmentRequest) =>
  data.kind === 'arms_supply_decision'
    ? { 'details.supplier': (data.details as { supplier: string }).supplier, 'details.recipient': (data.details as { recipient: string }).recipient }
    : {};

const resolvedDetails = (data: DevelopmentRequest, actors: KnownActors): DevelopmentReport['details'] => {
  if (data.kind !== 'arms_supply_decision') return data.details;
  const details = data.details as { supplier: string; recipient: string };
  return { ...details, supplier: actors.actingFor(details.supplier), recipient: actors.actingFor(details.recipient) } as DevelopmentReport['details'];
};

@CommandHandler(RecordDevelopmentCommand)
export class RecordDevelopmentHandler implements ICommandHandler<RecordDevelopmentCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly directory: ActorDirectory,
    private readonly store: EventStore,
  ) {}

  async execute({ data, context }: RecordDevelopmentCommand) {
    await requireTrack(this.store, data.trackId);
    const actors = await this.directory.require({ actor: data.actor, targets: data.targets, ...actorsInDetails(data) });
    const resolved = {
      ...data,
      actor: actors.actingFor(data.actor),
      person: actors.person(data.actor),
      targets: actors.actingForAll(data.targets),
      targetPersons: actors.people(data.targets),
      details: resolvedDetails(data, actors),
      source: context.metadata.source ?? null,
    };
    const developmentId = developmentIdFor({ ...resolved, cameoCode: cameoCodeOf(resolved) });
    const command: RecordDevelopment = {
      type: 'RecordDevelopment',
      data: { developmentId, ...resolved } as DevelopmentReport,
      metadata: { now: context.now },
    };
    return decideOnStream(this.runner, developmentStreamId(developmentId), developmentDecider, command, context);
  }
}
