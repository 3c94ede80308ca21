import { Injectable, NotFoundException } from '@nestjs/common';
import { Command, Decider, IdentifiedReport, IdentityFacts, LedgerState, ParleyEvent, RuleViolation, findCorroborated, identityStreams } from '@parley/domain';
import { EventStore } from '@parley/event-store';
import { RequestValidationError } from '../http/problem';
import { ToDecide } from './write-service';

/** What a reporter may say of a report's identity: the development it tells of, or that it is one of its own. */
export interface ReportClaim {
  readonly corroborates?: string;
  readonly distinct?: boolean;
}

type Claim = Pick<IdentifiedReport, 'identityStream' | 'corroborates' | 'distinct'>;

/** A report of a development to decide: its command's type and data, where its kind is recorded, and how. */
export interface ReportToRecord<C extends Command<string, Claim>, E extends ParleyEvent, S extends LedgerState> {
  readonly type: C['type'];
  readonly report: Omit<C['data'], keyof Claim>;
  readonly identity: IdentityFacts;
  /** The stream of a key: `development-…`, `statement-…`. */
  readonly streamIdOf: (key: string) => string;
  readonly kind: string;
  readonly decider: Decider<C, E, S>;
}

/**
 * Finds the stream a report is decided on: the one that holds every development it could tell of, so two
 * reports of one event are decided one after the other, never both as new (the store's version check
 * holds across processes). A report the reporter says corroborates a development goes to that development's stream.
 */
@Injectable()
export class ReportStreams {
  constructor(private readonly store: EventStore) {}

  /** The report as a domain command on its stream, its claim on its identity settled. */
  async toDecide<C extends Command<string, Claim>, E extends ParleyEvent, S extends LedgerState>(
    toRecord: ReportToRecord<C, E, S>,
    { corroborates, distinct = false }: ReportClaim,
    now: string,
  ): Promise<ToDecide<C, E, S>> {
    if (corroborates !== undefined && distinct) {
      throw new RequestValidationError([{ field: 'distinct', message: 'cannot be true for a report that names the development it corroborates' }]);
    }
    const streamId = corroborates === undefined ? await this.streamOf(toRecord, distinct) : await this.streamNamed(toRecord, corroborates);
    const claim: Claim = { identityStream: streamId.slice(toRecord.streamIdOf('').length), corroborates: corroborates ?? null, distinct };
    const command = { type: toRecord.type, data: { ...toRecord.report, ...claim }, metadata: { now } } as C;
    return { streamId, decider: toRecord.decider, command };
  }

  private async streamNamed({ streamIdOf, kind }: Pick<ReportToRecord<never, ParleyEvent, LedgerState>, 'streamIdOf' | 'kind'>, developmentId: string) {
    const prefix = streamIdOf('');
    const streamId = await this.store.streamOfDevelopment(developmentId);
    if (!streamId) throw new NotFoundException(`no development ${developmentId} (corroborates)`);
    if (!streamId.startsWith(prefix)) {
      throw new RuleViolation('corroboration-must-match', `kind: development ${developmentId} is not a ${kind}`, 'kind');
    }
    return streamId;
  }

  /** The report's own month, unless a development it tells of was recorded in the month its window reaches into. */
  private async streamOf<C extends Command<string, Claim>, E extends ParleyEvent, S extends LedgerState>(
    { streamIdOf, decider, identity }: ReportToRecord<C, E, S>,
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
