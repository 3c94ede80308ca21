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
import { EventStore } from '@parley/event-store';
import { ActorDirectory } from '../../write/actor-directory';
import { requireTrack } from '../../write/require-track';
import { ReportClaim, WriteCommand, WriteService } from '../../write/write-service';

/** The development as asked for: its actors not yet resolved (`actor` is their first), its id not yet known. */
export type DevelopmentRequest = Omit<DevelopmentReport, 'developmentId' | 'actor' | 'person' | 'source'> &
  ReportClaim & {
    /** When the request named its one actor by the shorthand: the field an unknown code is named by. */
    readonly actor?: string;
  };

export class RecordDevelopmentCommand extends WriteCommand<DevelopmentRequest> {}

/** Every actor a development names, its details' included, is resolved to whom it acts for; its track must exist. */
@CommandHandler(RecordDevelopmentCommand)
export class RecordDevelopmentHandler implements ICommandHandler<RecordDevelopmentCommand> {
  constructor(
    private readonly writes: WriteService,
    private readonly directory: ActorDirectory,
    private readonly store: EventStore,
  ) {}

  execute(command: RecordDevelopmentCommand) {
    return this.writes.handle(command, () => this.toDecide(command));
  }

  /** The use case's own work, up to the domain command on its stream; a batch import runs it for each line (import-developments). */
  async toDecide({ data: { corroborates, distinct, ...data }, context }: RecordDevelopmentCommand) {
    await requireTrack(this.store, data.trackId);
    const { kind, details } = data as DevelopmentRequest & DevelopmentReport;
    const named = data.actor === undefined ? { actors: data.actors } : { actor: data.actor };
    const known = await this.directory.require({ ...named, targets: data.targets, ...actorsNamedIn(kind, details) });
    const actors = known.actingForAll(data.actors);
    // Object.assign rather than a spread and new fields, which V8 makes slow (recordDevelopmentCommand).
    const report = Object.assign(
      {},
      data,
      { actor: actors[0], actors, person: known.person(data.actors[0]) },
      data.actors.length > 1 && { actorPersons: known.people(data.actors) },
      {
        targets: known.actingForAll(data.targets),
        targetPersons: known.people(data.targets),
        details: resolvedDetails(kind, details, known.actingFor),
        source: context.metadata.source ?? null,
      },
    ) as Omit<DevelopmentReport, 'developmentId'>;
    return this.writes.reportToDecide<RecordDevelopment, DevelopmentEvent, DevelopmentState>(
      { type: 'RecordDevelopment', report, identity: developmentIdentity(report), streamIdOf: developmentStreamId, kind: report.kind, decider: developmentDecider },
      { corroborates, distinct },
      context.now,
    );
  }
}
