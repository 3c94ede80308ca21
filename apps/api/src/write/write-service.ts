/**
 * One service owns a write. A statement (POST /api/v1/statements), top to bottom:
 *  1. The controller has the body validated (zod DTO), takes the write's context from the request
 *     (`@Write()` and `splitBody`, below) and executes its use case's command on the CommandBus.
 *  2. The handler (record-statement.handler.ts) hands `handle` the work only it knows: resolving the
 *     actors named (write/actor-directory.ts) and, for a report, finding the stream of the development it
 *     tells of (`reportToDecide`, below).
 *  3. `handle`: a repeated Idempotency-Key gets its first answer again (409 for another body); otherwise
 *     the work, then the stream read and folded by the domain's Decider, the decision, the append with the
 *     answer to store under the key, a new decision if another writer got in first, the commands metric.
 *  4. The event store (libs/event-store) commits the events and the idempotency record in one transaction.
 */
import { ConflictException, ExecutionContext, Injectable, NotFoundException, createParamDecorator } from '@nestjs/common';
import { Command } from '@nestjs/cqrs';
import { correlationIdOf } from '@parley/config';
import { Command as DomainCommand, Decider, DisputedFigure, EventMetadata, IdentifiedReport, IdentityFacts, InvalidField, LedgerState } from '@parley/domain';
import { ParleyEvent, RecordedEvent, RuleViolation, Source, developmentOfEvent, findCorroborated, identityStreams, isDevelopmentRecorded } from '@parley/domain';
import { AppendResult, EventStore, IdempotencyKeyTaken, StreamVersionConflict } from '@parley/event-store';
import { ParleyMetrics } from '@parley/metrics';
import AsyncLock from 'async-lock';
import canonicalize from 'canonicalize';
import { FastifyReply } from 'fastify';
import { createHash } from 'node:crypto';
import { AuthenticatedRequest } from '../access/api-key.guard';
import { RequestValidationError } from '../http/problem';

/** What every write answers with 201 (200 for an amendment). */
export interface WriteAnswer {
  /** The development the write recorded or changed. */
  id?: string;
  /** True when the write was a report of a development already recorded: its source was attached. */
  sourceAttached: boolean;
  /** On a report: the development it corroborated, or null when it was recorded as a new one. */
  corroborated?: string | null;
  /** What the report and the development it corroborated agree on. */
  matched?: readonly string[];
  /** Figures the report gives otherwise than the development, kept beside its own. */
  disputed?: readonly DisputedFigure[];
  streamId: string;
  streamVersion: number;
  position: number;
  eventIds: string[];
}

/**
 * Marks an answer given again from the idempotency record, not by a new write. The IETF
 * Idempotency-Key draft (draft-ietf-httpapi-idempotency-key-header) leaves that signal to the server;
 * Stripe's API sends `Idempotent-Replayed: true` on such answers, and so does Parley, so that a
 * replaying client can tell "stored now" from "stored before" without comparing bodies.
 */
export const IDEMPOTENT_REPLAYED = 'Idempotent-Replayed';

/** A request's claim on its Idempotency-Key. Keys are per key holder (`scope`): two clients may pick the same key. */
export interface IdempotencyClaim {
  readonly scope: string;
  readonly key: string;
  readonly requestHash: string;
}

/** Everything about a write that is not the command itself: who, when, which request, which retry. */
export interface WriteContext {
  readonly now: string;
  readonly expectedVersion?: number;
  readonly metadata: EventMetadata;
  readonly idempotency?: IdempotencyClaim;
  /** Marks the HTTP answer as the first answer given again (IDEMPOTENT_REPLAYED). */
  readonly replayed?: () => void;
}

/** The part of a write's context that comes from the request itself, before the body is validated. */
export type RequestContext = Omit<WriteContext, 'expectedVersion'>;

/**
 * A stable hash of what was asked, so the same Idempotency-Key with another body is caught. The body
 * in its RFC 8785 canonical form: a retry that orders its keys differently asks the same thing.
 */
export const requestHashOf = (method: string, path: string, body: unknown): string =>
  createHash('sha256').update(`${method} ${path}\n${canonicalize(body ?? null)}`).digest('hex');

const requestHash = (request: AuthenticatedRequest): string => requestHashOf(request.method, request.url.split('?')[0], request.body);

export function requestContextOf(request: AuthenticatedRequest, reply?: FastifyReply): RequestContext {
  const header = request.headers['idempotency-key'];
  const idempotencyKey = Array.isArray(header) ? header[0] : header;
  const scope = request.keyHolder?.name ?? 'anonymous';
  return {
    now: new Date().toISOString(),
    metadata: {
      correlationId: correlationIdOf(request.headers, request.id),
      causationId: request.id,
      ...(idempotencyKey ? { idempotencyKey } : {}),
      writtenBy: request.keyHolder?.name,
    },
    ...(idempotencyKey ? { idempotency: { scope, key: idempotencyKey, requestHash: requestHash(request) } } : {}),
    ...(reply ? { replayed: () => void reply.header(IDEMPOTENT_REPLAYED, 'true') } : {}),
  };
}

/** Injects the RequestContext of the current request into a write controller. */
export const Write = createParamDecorator((_: unknown, ctx: ExecutionContext) =>
  requestContextOf(ctx.switchToHttp().getRequest<AuthenticatedRequest>(), ctx.switchToHttp().getResponse<FastifyReply>()),
);

/** Splits a validated body into the command's own fields and the write's context (expectedVersion, source). */
export function splitBody<T extends { expectedVersion?: number; source?: Source }>(
  { expectedVersion, source, ...fields }: T,
  request: RequestContext,
): { fields: Omit<T, 'expectedVersion' | 'source'>; context: WriteContext } {
  // Object.assign: a spread followed by new fields is slow in V8 (bench/README.md points 25 and 29).
  const metadata = source ? Object.assign({}, request.metadata, { source }) : request.metadata;
  return { fields, context: Object.assign({}, request, { expectedVersion, metadata }) };
}

/** A use case's command on its way through the CommandBus: what the request asked and the write's context. */
export abstract class WriteCommand<Data> extends Command<WriteAnswer> {
  constructor(
    readonly data: Data,
    readonly context: WriteContext,
  ) {
    super();
  }

  /** Its name on the commands metric: RecordStatement. */
  get name(): string {
    return this.constructor.name.replace(/Command$/, '');
  }
}

/** What a handler's work comes to: the domain command, the stream it is decided on, and by which decider. */
export interface ToDecide<C, E extends ParleyEvent, S> {
  readonly streamId: string;
  readonly decider: Decider<C, E, S>;
  readonly command: C;
  /**
   * The stream as read together with its neighbours (a report's streams in one query), when no command
   * of this process was writing it then: the first decision takes it instead of reading it again.
   */
  readonly read?: readonly RecordedEvent[];
}

/** What a reporter may say of a report's identity: the development it tells of, or that it is one of its own. */
export interface ReportClaim {
  readonly corroborates?: string;
  readonly distinct?: boolean;
}

type Claim = Pick<IdentifiedReport, 'identityStream' | 'corroborates' | 'distinct'>;

/** A report of a development to decide: its command's type and data, where its kind is recorded, and how. */
export interface ReportToRecord<C extends DomainCommand<string, Claim>, E extends ParleyEvent, S extends LedgerState> {
  readonly type: C['type'];
  readonly report: Omit<C['data'], keyof Claim>;
  readonly identity: IdentityFacts;
  /** The stream of a key: `development-…`, `statement-…`. */
  readonly streamIdOf: (key: string) => string;
  readonly kind: string;
  readonly decider: Decider<C, E, S>;
}

type Outcome = 'accepted' | 'replayed' | 'invalid' | 'refused' | 'conflict' | 'failed';

/** How a command that threw ended, in the words operators read on the commands metric. */
function outcomeOf(error: unknown): Outcome {
  if (error instanceof InvalidField) return 'invalid';
  if (error instanceof RuleViolation) return 'refused';
  const conflict = error instanceof StreamVersionConflict || error instanceof IdempotencyKeyTaken || error instanceof ConflictException;
  return conflict ? 'conflict' : 'failed';
}

/** How often a command without expectedVersion re-reads and decides again after another writer won. */
const MAX_ATTEMPTS = 10;

@Injectable()
export class WriteService {
  // Commands on one stream queue behind each other in this process, so a burst on one negotiation
  // track needs no retries; a writer in another process is caught by the store's version check.
  private readonly streams = new AsyncLock({ maxPending: 100_000 });

  constructor(
    private readonly store: EventStore,
    private readonly metrics: ParleyMetrics,
  ) {}

  /** The whole of a write but what only its use case knows (`work`): see the top of this file. */
  async handle<C, E extends ParleyEvent, S>(command: WriteCommand<unknown>, work: () => ToDecide<C, E, S> | Promise<ToDecide<C, E, S>>): Promise<WriteAnswer> {
    const count = (outcome: Outcome) => this.metrics.commands.inc({ command: command.name, outcome });
    try {
      const { answer, replayed } = await this.answer(command.context, work);
      if (replayed) command.context.replayed?.();
      count(replayed ? 'replayed' : 'accepted');
      return answer;
    } catch (error) {
      count(outcomeOf(error));
      throw error;
    }
  }

  /**
   * A report as a domain command on the stream that holds every development it could tell of, so two
   * reports of one event are decided one after the other, never both as new (the store's version check
   * holds across processes). A report the reporter says corroborates a development goes to that development's stream.
   */
  async reportToDecide<C extends DomainCommand<string, Claim>, E extends ParleyEvent, S extends LedgerState>(
    toRecord: ReportToRecord<C, E, S>,
    { corroborates, distinct = false }: ReportClaim,
    now: string,
  ): Promise<ToDecide<C, E, S>> {
    if (corroborates !== undefined && distinct) {
      throw new RequestValidationError([{ field: 'distinct', message: 'cannot be true for a report that names the development it corroborates' }]);
    }
    const { streamId, read } =
      corroborates === undefined ? await this.reportStream(toRecord, distinct) : { streamId: await this.streamCorroborated(toRecord, corroborates), read: undefined };
    const claim: Claim = { identityStream: streamId.slice(toRecord.streamIdOf('').length), corroborates: corroborates ?? null, distinct };
    const command = { type: toRecord.type, data: Object.assign({}, toRecord.report, claim), metadata: { now } } as C;
    return { streamId, decider: toRecord.decider, command, ...(read ? { read } : {}) };
  }

  private async streamCorroborated({ streamIdOf, kind }: Pick<ReportToRecord<never, ParleyEvent, LedgerState>, 'streamIdOf' | 'kind'>, developmentId: string) {
    const streamId = await this.store.streamOfDevelopment(developmentId);
    if (!streamId) throw new NotFoundException(`no development ${developmentId} (corroborates)`);
    if (!streamId.startsWith(streamIdOf(''))) throw new RuleViolation('corroboration-must-match', `kind: development ${developmentId} is not a ${kind}`, 'kind');
    return streamId;
  }

  /**
   * The report's own month, unless a development it tells of was recorded in the month its window
   * reaches into. The own stream and its neighbours are read in one query; the stream chosen comes back
   * with what was read of it, unless a command of this process was writing it meanwhile.
   */
  private async reportStream<C, E extends ParleyEvent, S extends LedgerState>(
    { streamIdOf, decider, identity }: ReportToRecord<C & DomainCommand<string, Claim>, E, S>,
    distinct: boolean,
  ): Promise<{ streamId: string; read?: readonly RecordedEvent[] }> {
    const { own, neighbours } = identityStreams(identity);
    const ids = [own, ...(distinct ? [] : neighbours)].map(streamIdOf);
    const quiet = new Set(ids.filter((id) => !this.streams.isBusy(id)));
    const streams = await this.store.readStreams(ids);
    const chosen = (streamId: string) => ({ streamId, ...(quiet.has(streamId) ? { read: streams.get(streamId) ?? [] } : {}) });
    for (const neighbour of ids.slice(1)) {
      const state = foldOf(decider, (streams.get(neighbour) ?? []) as RecordedEvent<E>[]);
      const candidates = Object.values(state.ledger).flatMap((r) => (r.identity && !r.retracted ? [{ identity: r.identity }] : []));
      if (findCorroborated(identity, candidates)) return chosen(neighbour);
    }
    return chosen(ids[0]);
  }

  /** A stream's state as its decider folds it, and its version. */
  private async stateOf<E extends ParleyEvent, S>(streamId: string, decider: Decider<never, E, S>, read?: readonly RecordedEvent[]): Promise<{ state: S; version: number }> {
    const history = (read ?? (await this.store.readStream(streamId))) as RecordedEvent<E>[];
    return { state: foldOf(decider, history), version: history.at(-1)?.streamVersion ?? 0 };
  }

  private async answer<C, E extends ParleyEvent, S>(context: WriteContext, work: () => ToDecide<C, E, S> | Promise<ToDecide<C, E, S>>) {
    const { idempotency } = context;
    const earlier = idempotency && (await this.earlierAnswer(idempotency));
    if (earlier) return { answer: earlier, replayed: true };
    try {
      const toDecide = await work();
      // What was read before the lock holds only if no command of this process took the stream since.
      const read = toDecide.read && !this.streams.isBusy(toDecide.streamId) ? toDecide.read : undefined;
      return { answer: await this.streams.acquire(toDecide.streamId, () => this.decide(toDecide, context, 1, read)), replayed: false };
    } catch (error) {
      // A twin request that committed while this one waited (the same stream's queue, or another
      // process) makes this one fail on the rules or on the key: it still gets the first answer.
      const raced = idempotency && (await this.earlierAnswer(idempotency));
      if (raced) return { answer: raced, replayed: true };
      throw error;
    }
  }

  /**
   * The answer first given under the claim's key; null when the key is new; 409 for another request.
   * The claim itself is the store's: the answer is stored with the events, in their transaction,
   * because only that transaction knows the positions the answer names.
   */
  async earlierAnswer({ scope, key, requestHash }: IdempotencyClaim): Promise<WriteAnswer | null> {
    const stored = await this.store.findAnswer(scope, key);
    if (!stored) return null;
    if (stored.requestHash !== requestHash) throw new ConflictException(`Idempotency-Key ${key} was already used for a different request`);
    return stored.response as WriteAnswer;
  }

  /**
   * Read, decide, append; when the client pinned no version, a stream that moved on is simply read and
   * decided again. The first attempt may take the stream as it was read with its neighbours (`read`):
   * the append's version check refuses it if another writer got in since, like any stale read, so it is
   * only taken when no version was pinned (a pinned one is compared with a read made under the lock).
   */
  private async decide<C, E extends ParleyEvent, S>(
    toDecide: ToDecide<C, E, S>,
    context: WriteContext,
    attempt: number,
    read?: readonly RecordedEvent[],
  ): Promise<WriteAnswer> {
    const { streamId, decider, command } = toDecide;
    const { expectedVersion, metadata, idempotency } = context;
    const early = expectedVersion === undefined ? read : undefined;
    const { state, version } = await this.stateOf(streamId, decider, early);
    if (expectedVersion !== undefined && expectedVersion !== version) throw new StreamVersionConflict(streamId, expectedVersion, version);
    let events: E[];
    try {
      events = decider.decide(command, state);
    } catch (error) {
      // A rule broken on the early read is judged again on a read made under the lock: only that one refuses.
      if (early) return this.decide(toDecide, context, attempt);
      throw error;
    }
    try {
      const appended = await this.store.append(streamId, version, events, { metadata, idempotency: idempotency && withResponse(idempotency) });
      return toWriteAnswer(appended, events);
    } catch (error) {
      const retry = error instanceof StreamVersionConflict && expectedVersion === undefined && attempt < MAX_ATTEMPTS;
      if (!retry) throw error;
      return this.decide(toDecide, context, attempt + 1);
    }
  }
}

const foldOf = <E extends ParleyEvent, S>(decider: Decider<never, E, S>, history: readonly RecordedEvent<E>[]): S =>
  history.reduce<S>((s, e) => decider.evolve(s, e), decider.initialState());

const isNewReport = (event: ParleyEvent): boolean =>
  isDevelopmentRecorded(event) || event.type === 'StatementRecorded' || event.type === 'PrisonerExchangeRecorded';

/** Whether a report was taken for a development already recorded, and why; nothing for other writes. */
function identityOf(events: readonly ParleyEvent[]): Pick<WriteAnswer, 'corroborated' | 'matched' | 'disputed'> {
  const attached = events.find((e) => e.type === 'SourceAttached');
  if (attached?.type === 'SourceAttached') {
    const { developmentId, matched, disputed } = attached.data;
    return { corroborated: developmentId, ...(matched ? { matched } : {}), ...(disputed ? { disputed } : {}) };
  }
  return events.some(isNewReport) ? { corroborated: null } : {};
}

/** The answer to a write, from what was appended: also what is stored under its Idempotency-Key. */
export function toWriteAnswer({ streamId, streamVersion, position, eventIds }: AppendResult, events: readonly ParleyEvent[]): WriteAnswer {
  const id = events[0] && developmentOfEvent(events[0]);
  // Object.assign: spreads followed by new fields are slow in V8 (splitBody); the same fields in the same order.
  return Object.assign(id ? { id } : {}, { sourceAttached: events.some((e) => e.type === 'SourceAttached') }, identityOf(events), { streamId, streamVersion, position, eventIds });
}

/** The append's idempotency: the claim, and the answer stored under its key. */
export const withResponse = (claim: IdempotencyClaim): IdempotencyClaim & { response: typeof toWriteAnswer } => Object.assign({}, claim, { response: toWriteAnswer });
