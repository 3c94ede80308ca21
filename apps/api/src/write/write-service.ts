/**
 * The path of a command, top to bottom (a statement: POST /api/v1/statements):
 *
 *  1. The controller (statements/record-statement/record-statement.http.controller.ts) has its body
 *     validated by the zod DTO, takes the write's context from the request (http/write-context.ts: the
 *     clock, correlation, key holder, Idempotency-Key) and executes the use case's command on the
 *     @nestjs/cqrs CommandBus.
 *  2. The command's handler (record-statement.handler.ts) is the use case. It hands WriteService.handle
 *     the command and the work that turns the request into a domain command on a stream: resolving the
 *     actors it names (write/actor-directory.ts) and, for a report, finding the stream of the development
 *     it tells of (write/report-stream.ts).
 *  3. WriteService.handle, here, does the rest: a repeated Idempotency-Key gets its first answer again
 *     (write/idempotency.ts); otherwise it runs the handler's work, reads the stream, folds it with the
 *     domain's Decider (libs/domain, e.g. statement/statement.ts), decides, appends the new events with
 *     the answer to store under the key, decides again on the new history when another writer got in
 *     first, counts the outcome on the commands metric and answers.
 *  4. The event store (libs/event-store/src/pg-event-store.ts) commits the events, their outbox rows and
 *     the idempotency record in one transaction, shared with the appends that arrive meanwhile; the relay
 *     takes the outbox to Kafka afterwards.
 */
import { ConflictException, Injectable } from '@nestjs/common';
import { Command } from '@nestjs/cqrs';
import { Decider, DisputedFigure, InvalidField, ParleyEvent, RecordedEvent, RuleViolation, developmentOfEvent, isDevelopmentRecorded } from '@parley/domain';
import { AppendResult, EventStore, IdempotencyKeyTaken, StreamVersionConflict } from '@parley/event-store';
import { ParleyMetrics } from '@parley/metrics';
import AsyncLock from 'async-lock';
import { WriteContext } from '../http/write-context';
import { earlierAnswer } from './idempotency';

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
      count(replayed ? 'replayed' : 'accepted');
      return answer;
    } catch (error) {
      count(outcomeOf(error));
      throw error;
    }
  }

  private async answer<C, E extends ParleyEvent, S>(context: WriteContext, work: () => ToDecide<C, E, S> | Promise<ToDecide<C, E, S>>) {
    const { idempotency } = context;
    const earlier = idempotency && (await earlierAnswer<WriteAnswer>(this.store, idempotency));
    if (earlier) return { answer: earlier, replayed: true };
    try {
      const toDecide = await work();
      return { answer: await this.streams.acquire(toDecide.streamId, () => this.decide(toDecide, context, 1)), replayed: false };
    } catch (error) {
      // A twin request that committed while this one waited (the same stream's queue, or another
      // process) makes this one fail on the rules or on the key: it still gets the first answer.
      const raced = idempotency && (await earlierAnswer<WriteAnswer>(this.store, idempotency));
      if (raced) return { answer: raced, replayed: true };
      throw error;
    }
  }

  /** Read, decide, append; when the client pinned no version, a stream that moved on is simply read and decided again. */
  private async decide<C, E extends ParleyEvent, S>(toDecide: ToDecide<C, E, S>, context: WriteContext, attempt: number): Promise<WriteAnswer> {
    const { streamId, decider, command } = toDecide;
    const { expectedVersion, metadata, idempotency } = context;
    const history = (await this.store.readStream(streamId)) as RecordedEvent<E>[];
    const version = history.at(-1)?.streamVersion ?? 0;
    if (expectedVersion !== undefined && expectedVersion !== version) throw new StreamVersionConflict(streamId, expectedVersion, version);
    const events = decider.decide(command, history.reduce<S>((s, e) => decider.evolve(s, e), decider.initialState()));
    try {
      const appended = await this.store.append(streamId, version, events, { metadata, idempotency: idempotency && { ...idempotency, response: toWriteAnswer } });
      return toWriteAnswer(appended, events);
    } catch (error) {
      const retry = error instanceof StreamVersionConflict && expectedVersion === undefined && attempt < MAX_ATTEMPTS;
      if (!retry) throw error;
      return this.decide(toDecide, context, attempt + 1);
    }
  }
}

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
  return {
    ...(id ? { id } : {}),
    sourceAttached: events.some((e) => e.type === 'SourceAttached'),
    ...identityOf(events),
    streamId,
    streamVersion,
    position,
    eventIds,
  };
}
