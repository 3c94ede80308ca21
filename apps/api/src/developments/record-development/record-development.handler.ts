import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  DevelopmentEvent,
  DevelopmentReport,
  DevelopmentState,
  RecordDevelopment,
  developmentDecider,
  developmentIdentity,
  developmentStreamId,
} from '@parley/domain';
import { ActorDirectory, KnownActors } from '../../write/actor-directory';
import { IdentifiedRecording } from '../../write/record-identified';
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
    private readonly recording: IdentifiedRecording,
    private readonly directory: ActorDirectory,
  ) {}

  async execute({ data: { corroborates, distinct, ...data }, context }: RecordDevelopmentCommand) {
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
    const report = resolved as Omit<DevelopmentReport, 'developmentId'>;
    return this.recording.record<RecordDevelopment, DevelopmentEvent, DevelopmentState>(
      { type: 'RecordDevelopment', report, identity: developmentIdentity(report), streamIdOf: developmentStreamId, kind: report.kind, decider: developmentDecider },
      { corroborates, distinct },
      context,
    );
  }
}
