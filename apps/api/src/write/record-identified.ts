import { Injectable, NotFoundException } from '@nestjs/common';
import { IdentityFacts, LedgerState, ParleyEvent, RuleViolation, findCorroborated, identityStreams } from '@parley/domain';
import { CommandRunner, Decider, EventStore } from '@parley/event-store';
import { RequestValidationError } from '../http/problem';
import { WriteAnswer } from '../http/write-answer';
import { WriteContext } from '../http/write-context';
import { decideOnStream } from './decide-on-stream';

/** What a reporter may say of a report's identity: the development it tells of, or that it is one of its own. */
export interface ReportClaim {
  readonly corroborates?: string;
  readonly distinct?: boolean;
}

/** Where the kind's developments are recorded, and how it decides a report there. */
export interface RecordingStreams<C, E extends ParleyEvent, S extends LedgerState> {
  /** The stream of a key: `development-…`, `statement-…`. */
  readonly streamIdOf: (key: string) => string;
  readonly kind: string;
  readonly decider: Decider<C, E, S>;
  readonly command: (claim: { identityStream: string; corroborates: string | null; distinct: boolean }) => C;
}

/**
 * Decides a report on the one stream that holds every development it could tell of, so two reports of
 * one event are decided one after the other, never both as new (the store's version check holds across
 * processes). A report the reporter says corroborates a development goes to that development's stream.
 */
@Injectable()
export class IdentifiedRecording {
  constructor(
    private readonly runner: CommandRunner,
    private readonly store: EventStore,
  ) {}

  async record<C, E extends ParleyEvent, S extends LedgerState>(
    streams: RecordingStreams<C, E, S>,
    identity: IdentityFacts,
    { corroborates, distinct = false }: ReportClaim,
    context: WriteContext,
  ): Promise<WriteAnswer> {
    if (corroborates !== undefined && distinct) {
      throw new RequestValidationError([{ field: 'distinct', message: 'cannot be true for a report that names the development it corroborates' }]);
    }
    const streamId = corroborates === undefined ? await this.streamOf(streams, identity, distinct) : await this.streamNamed(streams, corroborates);
    const command = streams.command({ identityStream: streamId.slice(streams.streamIdOf('').length), corroborates: corroborates ?? null, distinct });
    return decideOnStream(this.runner, streamId, streams.decider, command, context);
  }

  private async streamNamed({ streamIdOf, kind }: RecordingStreams<unknown, ParleyEvent, LedgerState>, developmentId: string) {
    const prefix = streamIdOf('');
    const streamId = await this.store.streamOfDevelopment(developmentId);
    if (!streamId) throw new NotFoundException(`no development ${developmentId} (corroborates)`);
    if (!streamId.startsWith(prefix)) {
      throw new RuleViolation('corroboration-must-match', `kind: development ${developmentId} is not a ${kind}`, 'kind');
    }
    return streamId;
  }

  /** The report's own month, unless a development it tells of was recorded in the month its window reaches into. */
  private async streamOf<C, E extends ParleyEvent, S extends LedgerState>(
    { streamIdOf, decider }: RecordingStreams<C, E, S>,
    identity: IdentityFacts,
    distinct: boolean,
  ): Promise<string> {
    const { own, neighbours } = identityStreams(identity);
    for (const neighbour of distinct ? [] : neighbours) {
      const history = (await this.store.readStream(streamIdOf(neighbour))) as unknown as E[];
      const { ledger } = history.reduce<S>((s, e) => decider.evolve(s, e), decider.initialState());
      const candidates = Object.values(ledger).flatMap((r) => (r.identity && !r.retracted ? [{ identity: r.identity }] : []));
      if (findCorroborated(identity, candidates)) return streamIdOf(neighbour);
    }
    return streamIdOf(own);
  }
}
