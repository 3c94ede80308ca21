import { ConflictException } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AppendsRefused, EventStore, IdempotencyKeyTaken, StreamAppend, StreamVersionConflict } from '@parley/event-store';
import { ParleyMetrics } from '@parley/metrics';
import AsyncLock from 'async-lock';
import { toProblem } from '../../http/problem-details.filter';
import { Problem, RequestValidationError } from '../../http/problem';
import { HEADER_RULES } from '../../http/request-guards';
import { ParleyValidationPipe } from '../../http/zod-validation';
import { ActorDirectory } from '../../write/actor-directory';
import { RequestContext, WriteAnswer, WriteService, requestHashOf, toWriteAnswer, withResponse } from '../../write/write-service';
import { RecordDevelopmentCommand, RecordDevelopmentHandler } from '../record-development/record-development.handler';
import { recordDevelopmentCommand } from '../record-development/record-development.http.controller';
import { developmentRequestSchema } from '../record-development/record-development.request.dto';
import { BatchView } from './batch-view';

/** One line of the body, parsed: its number in the body (from 1) and its JSON. */
export interface ImportLine {
  readonly line: number;
  readonly body: unknown;
}

export type LineAnswer =
  | ({ line: number; outcome: 'recorded' | 'corroborated'; replayed?: true } & WriteAnswer)
  | { line: number; outcome: 'refused'; problem: Problem };

export interface ImportAnswer {
  recorded: number;
  corroborated: number;
  refused: number;
  /** The log position of the last event stored (or replayed): minPosition to read the batch back. */
  position: number | null;
  lines: LineAnswer[];
}

/** A batch with atomic=true of which some lines were refused: nothing was stored. */
export class BatchRefused extends Error {
  constructor(readonly refused: readonly Extract<LineAnswer, { outcome: 'refused' }>[], readonly lines: number) {
    super(`${refused.length} of ${lines} developments were refused; with atomic=true nothing was stored`);
  }
}

export class ImportDevelopmentsCommand extends Command<ImportAnswer> {
  constructor(
    readonly lines: readonly ImportLine[],
    readonly request: RequestContext,
    readonly atomic: boolean,
  ) {
    super();
  }
}

interface Candidate {
  readonly line: number;
  readonly command: RecordDevelopmentCommand;
}

interface Decided {
  readonly line: number;
  readonly append: StreamAppend;
}

/** How often a batch whose streams another writer moved meanwhile is decided again, as a single write would. */
const MAX_ATTEMPTS = 10;

const validation = new ParleyValidationPipe(developmentRequestSchema);
const SINGLE_ROUTE = '/api/v1/developments';

const KEY_RULE = HEADER_RULES['idempotency-key'];

/** A line's own `idempotencyKey`, taken off the development it comes with. */
function ownKey(body: unknown): { development: unknown; key?: string } {
  if (typeof body !== 'object' || body === null || !('idempotencyKey' in body)) return { development: body };
  const { idempotencyKey: key, ...development } = body as { idempotencyKey: unknown };
  if (typeof key !== 'string' || !KEY_RULE.pattern.test(key)) throw new RequestValidationError([{ field: 'idempotencyKey', message: KEY_RULE.message }]);
  return { development, key };
}

/**
 * A line's claim on its idempotency key: its own `idempotencyKey`, else `K#n` for line n of a request
 * sent with Idempotency-Key K. Hashed as a single POST of the development would be, so one posted alone
 * under a key and later in a batch under the same key is the same request.
 */
function lineRequest(request: RequestContext, line: number, development: unknown, own?: string): RequestContext {
  const key = own ?? (request.idempotency && `${request.idempotency.key}#${line}`);
  if (!key) return request;
  const scope = request.idempotency?.scope ?? request.metadata.writtenBy ?? 'anonymous';
  const requestHash = requestHashOf('POST', SINGLE_ROUTE, development);
  return Object.assign({}, request, { metadata: Object.assign({}, request.metadata, { idempotencyKey: key }), idempotency: { scope, key, requestHash } });
}

const refusal = (line: number, error: unknown): LineAnswer => {
  const problem = toProblem(error);
  if (!problem) throw error;
  return { line, outcome: 'refused', problem };
};

const answered = (line: number, answer: WriteAnswer, replayed: boolean): LineAnswer => ({
  line,
  outcome: answer.sourceAttached ? 'corroborated' : 'recorded',
  ...(replayed ? { replayed: true as const } : {}),
  ...answer,
});

/**
 * Records many developments from one request, each line validated, resolved and decided exactly as a
 * single POST /api/v1/developments of it would be (the same schema, the same RecordDevelopmentHandler
 * work, the same Decider, in the order of the lines), and everything accepted appended in one transaction.
 */
@CommandHandler(ImportDevelopmentsCommand)
export class ImportDevelopmentsHandler implements ICommandHandler<ImportDevelopmentsCommand> {
  private readonly serial = new AsyncLock({ maxPending: 1_000 });

  constructor(
    private readonly writes: WriteService,
    private readonly store: EventStore,
    private readonly metrics: ParleyMetrics,
  ) {}

  /**
   * Batches are recorded one at a time in this process: two at once over the same streams (a dataset's
   * rows share actors and months) each decided on the other's old versions, and went on refusing each
   * other's appends until the retries ran out. A writer in another process is still met by the retries.
   */
  execute(command: ImportDevelopmentsCommand): Promise<ImportAnswer> {
    return this.serial.acquire('batch', () => this.record(command));
  }

  private async record({ lines, request, atomic }: ImportDevelopmentsCommand): Promise<ImportAnswer> {
    const answers = new Map<number, LineAnswer>();
    const candidates: Candidate[] = [];
    for (const { line, body } of lines) {
      try {
        const { development, key } = ownKey(body);
        candidates.push({ line, command: recordDevelopmentCommand(validation.transform(development, { type: 'body' }), lineRequest(request, line, development, key)) });
      } catch (error) {
        answers.set(line, refusal(line, error));
      }
    }
    // Keys are looked up only where needed, not 10,000 at a time: the append claims them (a key taken
    // refuses it, and the line gets its first answer then), and a refused line's is looked up below.
    let pending = candidates;
    for (let attempt = 1; ; attempt++) {
      const decided = await this.decide(pending, answers);
      // A line refused now (the same report again, say) may have been stored under its key before: that answer, as a single POST gets it.
      await this.replay(pending.filter((c) => c.command.context.idempotency && answers.get(c.line)?.outcome === 'refused'), answers);
      const refused = [...answers.values()].filter((a) => a.outcome === 'refused');
      if (atomic && refused.length > 0) throw new BatchRefused(refused.sort((a, b) => a.line - b.line), lines.length);
      try {
        const results = await this.store.appendMany(decided.map((d) => d.append));
        decided.forEach(({ line, append }, i) => answers.set(line, answered(line, toWriteAnswer(results[i], append.events), false)));
        break;
      } catch (error) {
        if (!(error instanceof AppendsRefused)) throw error;
        if (attempt === MAX_ATTEMPTS) throw new ConflictException(`other writers kept changing the streams of ${error.refused.size} lines; nothing was stored: send the batch again`);
        // A twin request stored some lines' keys meanwhile: those get its answers; the rest are decided again.
        const taken = new Set(decided.filter((_, i) => error.refused.get(i) instanceof IdempotencyKeyTaken).map((d) => d.line));
        await this.replay(pending.filter((c) => taken.has(c.line)), answers);
        pending = pending.filter((c) => !taken.has(c.line));
      }
    }
    return this.summary(lines.length, answers);
  }

  /** Lines whose key was answered before get that answer again, marked replayed (or a 409 for another body under it). */
  private async replay(candidates: readonly Candidate[], answers: Map<number, LineAnswer>): Promise<void> {
    await Promise.all(
      candidates.map(async ({ line, command }) => {
        try {
          const answer = command.context.idempotency && (await this.writes.earlierAnswer(command.context.idempotency));
          if (answer) answers.set(line, answered(line, answer, true));
        } catch (error) {
          answers.set(line, refusal(line, error));
        }
      }),
    );
  }

  /** Decides every line in order on a fresh view of the store; refusals go to `answers`, the rest come back as appends. */
  private async decide(candidates: readonly Candidate[], answers: Map<number, LineAnswer>): Promise<Decided[]> {
    const view = new BatchView(this.store);
    // The single write's work, run on a line's view of the batch rather than on the store itself.
    const work = (command: RecordDevelopmentCommand) => {
      const lineView = view.forLine();
      const toDecide = new RecordDevelopmentHandler(new WriteService(lineView, this.metrics), new ActorDirectory(lineView), lineView).toDecide(command);
      return { lineView, toDecide: toDecide.then(async (result) => ({ ...result, history: await view.readStream(result.streamId) })) };
    };
    // Every line's work at once, so the streams they read are read together (BatchView.load); kept, to
    // be done again below only for a line an earlier one changed the outcome of.
    const first = candidates.map(({ command }) => work(command));
    await Promise.all(first.map(({ toDecide }) => toDecide.catch(() => undefined)));
    const decided: Decided[] = [];
    for (const [i, { line, command }] of candidates.entries()) {
      try {
        const again = first[i].lineView.readsStaged() || command.data.corroborates !== undefined;
        const { streamId, decider, command: domainCommand } = await (again ? work(command) : first[i]).toDecide;
        const { expectedVersion, metadata, idempotency } = command.context;
        const { version, state } = await view.stateOf(streamId, decider);
        if (expectedVersion !== undefined && expectedVersion !== version) throw new StreamVersionConflict(streamId, expectedVersion, version);
        const events = decider.decide(domainCommand, state);
        view.stage(streamId, version, events);
        decided.push({ line, append: { streamId, expectedVersion: version, events, options: { metadata, idempotency: idempotency && withResponse(idempotency) } } });
        answers.delete(line);
      } catch (error) {
        answers.set(line, refusal(line, error));
      }
    }
    return decided;
  }

  private summary(count: number, answers: Map<number, LineAnswer>): ImportAnswer {
    const lines = [...answers.values()].sort((a, b) => a.line - b.line);
    const tally = { recorded: 0, corroborated: 0, refused: 0 };
    const outcomes = new Map<string, number>();
    let position: number | null = null;
    for (const answer of lines) {
      tally[answer.outcome]++;
      if (answer.outcome !== 'refused') position = Math.max(position ?? 0, answer.position);
      const outcome = answer.outcome === 'refused' ? (answer.problem.status === 409 ? 'refused' : 'invalid') : answer.replayed ? 'replayed' : 'accepted';
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    for (const [outcome, n] of outcomes) this.metrics.commands.inc({ command: 'ImportDevelopment', outcome }, n);
    if (lines.length !== count) throw new Error(`a batch of ${count} lines answered ${lines.length}`);
    return { ...tally, position, lines };
  }
}
