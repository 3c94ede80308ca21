import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  DevelopmentReport,
  RecordDevelopment,
  actorsNamedIn,
  cameoCodeOf,
  developmentDecider,
  developmentIdFor,
  developmentStreamId,
  resolvedDetails,
} from '@parley/domain';
import { CommandRunner } from '@parley/event-store';
import { ActorDirectory } from '../../write/actor-directory';
import { decideOnStream } from '../../write/decide-on-stream';
import { DevelopmentRequest, RecordDevelopmentCommand } from './record-development.command';

@CommandHandler(RecordDevelopmentCommand)
export class RecordDevelopmentHandler implements ICommandHandler<RecordDevelopmentCommand> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly directory: ActorDirectory,
  ) {}

  async execute({ data, context }: RecordDevelopmentCommand) {
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
    const developmentId = developmentIdFor({ ...resolved, cameoCode: cameoCodeOf(resolved) });
    const command: RecordDevelopment = {
      type: 'RecordDevelopment',
      data: { developmentId, ...resolved } as DevelopmentReport,
      metadata: { now: context.now },
    };
    return decideOnStream(this.runner, developmentStreamId(developmentId), developmentDecider, command, context);
  }
}
