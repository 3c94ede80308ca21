import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  DevelopmentEvent,
  DevelopmentReport,
  DevelopmentState,
  RecordDevelopment,
  actorsNamedIn,
  developmentDecider,
  developmentIdentity,
  developmentStreamId,
  resolvedDetails,
} from '@parley/domain';
import { ActorDirectory } from '../../write/actor-directory';
import { IdentifiedRecording } from '../../write/record-identified';
import { DevelopmentRequest, RecordDevelopmentCommand } from './record-development.command';

@CommandHandler(RecordDevelopmentCommand)
export class RecordDevelopmentHandler implements ICommandHandler<RecordDevelopmentCommand> {
  constructor(
    private readonly recording: IdentifiedRecording,
    private readonly directory: ActorDirectory,
  ) {}

  async execute({ data: { corroborates, distinct, ...data }, context }: RecordDevelopmentCommand) {
    const { kind, details } = data as DevelopmentRequest & DevelopmentReport;
    const named = data.actor === undefined ? { actors: data.actors } : { actor: data.actor };
    const known = await this.directory.require({ ...named, targets: data.targets, ...actorsNamedIn(kind, details) });
    const actors = known.actingForAll(data.actors);
    const resolved = {
      ...data,
      actor: actors[0],
      actors,
      person: known.person(data.actors[0]),
      ...(data.actors.length > 1 && { actorPersons: known.people(data.actors) }),
      targets: known.actingForAll(data.targets),
      targetPersons: known.people(data.targets),
      details: resolvedDetails(kind, details, known.actingFor),
      source: context.metadata.source ?? null,
    } as Omit<DevelopmentReport, 'developmentId'>;
    const report = resolved;
    return this.recording.record<RecordDevelopment, DevelopmentEvent, DevelopmentState>(
      { type: 'RecordDevelopment', report, identity: developmentIdentity(report), streamIdOf: developmentStreamId, kind: report.kind, decider: developmentDecider },
      { corroborates, distinct },
      context,
    );
  }
}
