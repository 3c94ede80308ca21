import { Cameo, cameoOf } from '../cameo/cameo';
import { InvalidField, RuleViolation } from '../shared/domain-error';
import { Command, DomainEvent } from '../shared/message';
import { Source, sameSource, sourceIdOf } from '../shared/source';
import { AnyDevelopmentKind, DatePrecision, Magnitude, Returned } from './development-kinds';
import { DisputedFigure, IdentityFacts, correctedIdentity } from './identity';
import { requireRecordedAfter } from './recorded-dates';
import { Location, resolvePlace } from '../place/place';

/** What a correction may change: the facts a development records, as far as its kind has them. */
export interface CorrectionRequest {
  readonly occurredAt?: string;
  readonly datePrecision?: DatePrecision;
  /** Resolved when the correction is recorded, as a report's place is. */
  readonly location?: Location;
  readonly summary?: string;
  readonly targets?: string[];
  /** The people among corrected targets: set with them, as a report's are. */
  readonly targetPersons?: readonly string[];
  readonly magnitude?: Magnitude;
  readonly notes?: string;
  readonly cameoCode?: string;
  /** A statement's words. */
  readonly quote?: string;
  /** An exchange's figures: who went home, how many. */
  readonly returned?: Returned[];
}

type CorrectableField = keyof CorrectionRequest;

const FACTS_OF_EVERY_KIND: readonly CorrectableField[] = [
  'occurredAt', 'datePrecision', 'location', 'summary', 'targets', 'targetPersons', 'magnitude', 'notes', 'cameoCode',
];

/**
 * Statements, exchanges and rounds of talks record facts of their own shape, so a correction names
 * those; a round's times and place change by its own commands, which keep its history readable.
 */
const CORRECTABLE: Partial<Record<AnyDevelopmentKind, { fields: readonly CorrectableField[]; why: string }>> = {
  statement: { fields: ['occurredAt', 'targets', 'targetPersons', 'quote', 'cameoCode'], why: 'a statement records its quote, targets, time (occurredAt) and CAMEO code' },
  prisoner_exchange: { fields: ['occurredAt', 'returned', 'cameoCode'], why: 'an exchange records its figures in returned' },
  talks: { fields: ['summary', 'cameoCode'], why: "a round's times and place change with postpone, start and conclude" },
};

function checkCorrectable(kind: AnyDevelopmentKind, changes: CorrectionRequest): void {
  const own = CORRECTABLE[kind];
  const allowed = own?.fields ?? FACTS_OF_EVERY_KIND;
  const refused = (Object.keys(changes) as CorrectableField[]).find((field) => !allowed.includes(field));
  if (refused) {
    const why = own?.why ?? 'only a statement has a quote, and only an exchange has returned';
    throw new InvalidField(refused, `cannot be corrected on a ${kind.replace(/_/g, ' ')}: ${why}`);
  }
}

export type Correction = Omit<CorrectionRequest, 'cameoCode'> & { readonly cameo?: Cameo };

/** Where a development lives and what it is, carried by every later event so read models can route it. */
interface DevelopmentRef {
  developmentId: string;
  kind: AnyDevelopmentKind;
  trackId: string | null;
}

/** `matched` and `disputed` say why a report was taken for this development (absent before they were kept). */
export type SourceAttached = DomainEvent<
  'SourceAttached',
  DevelopmentRef & { source: Source; matched?: readonly string[]; disputed?: readonly DisputedFigure[] }
>;
/** A source that did not report this development, taken off it; the log keeps that it was cited. */
export type SourceDetached = DomainEvent<'SourceDetached', DevelopmentRef & { sourceId: string; source: Source; reason: string | null }>;
export type DevelopmentCorrected = DomainEvent<
  'DevelopmentCorrected',
  DevelopmentRef & { changes: Correction; reason: string | null }
>;
export type DevelopmentRetracted = DomainEvent<'DevelopmentRetracted', DevelopmentRef & { reason: string | null }>;
export type LifecycleEvent = SourceAttached | SourceDetached | DevelopmentCorrected | DevelopmentRetracted;

export type CorrectDevelopment = Command<
  'CorrectDevelopment',
  { developmentId: string; changes: CorrectionRequest; reason: string | null }
>;
export type RetractDevelopment = Command<'RetractDevelopment', { developmentId: string; reason: string | null }>;
export type DetachSource = Command<'DetachSource', { developmentId: string; sourceId: string; reason: string | null }>;
export type AmendDevelopment = CorrectDevelopment | RetractDevelopment | DetachSource;

/** What every decider knows about the developments on its stream. */
export interface DevelopmentRecord extends DevelopmentRef {
  readonly actor: string;
  /** Everyone who acted, the principal first. */
  readonly actors: readonly string[];
  readonly retracted: boolean;
  readonly sources: readonly Source[];
  /** What tells it apart from other developments; absent for a round of talks, which its track identifies. */
  readonly identity?: IdentityFacts;
}

export type DevelopmentLedger = Readonly<Record<string, DevelopmentRecord>>;

export const LIFECYCLE_EVENT_TYPES = ['SourceAttached', 'SourceDetached', 'DevelopmentCorrected', 'DevelopmentRetracted'] as const;

export const isLifecycleEvent = (event: { type: string }): event is LifecycleEvent =>
  (LIFECYCLE_EVENT_TYPES as readonly string[]).includes(event.type);

export const isAmendment = (command: { type: string }): command is AmendDevelopment =>
  command.type === 'CorrectDevelopment' || command.type === 'RetractDevelopment' || command.type === 'DetachSource';

export const recordIn = (
  ledger: DevelopmentLedger,
  { developmentId, kind, trackId, actor, actors = [actor], identity }: Opened,
  source: Source | null,
): DevelopmentLedger => ({
  ...ledger,
  [developmentId]: { developmentId, kind, trackId, actor, actors, identity, retracted: false, sources: source ? [source] : [] },
});

/** What the event that records a development tells its stream's ledger; statements, exchanges and rounds have one actor. */
export type Opened = DevelopmentRef & { actor: string; actors?: readonly string[]; identity?: IdentityFacts };

/** The state of a stream that records one development: what it knows of it. */
export interface LedgerState {
  readonly ledger: DevelopmentLedger;
}

export const initialLedgerState = (): LedgerState => ({ ledger: {} });

/** Evolves such a stream: the event that records the development opens its record, later ones amend it. */
export const evolveRecording =
  <R extends { type: string }>(opened: (event: R) => [Opened, Source | null]) =>
  (state: LedgerState, event: R | LifecycleEvent): LedgerState => ({
    ledger: isLifecycleEvent(event) ? evolveLedger(state.ledger, event) : recordIn(state.ledger, ...opened(event as R)),
  });

export function evolveLedger(ledger: DevelopmentLedger, event: LifecycleEvent): DevelopmentLedger {
  const record = ledger[event.data.developmentId];
  if (!record) return ledger;
  switch (event.type) {
    case 'SourceAttached':
      return { ...ledger, [record.developmentId]: { ...record, sources: [...record.sources, event.data.source] } };
    case 'SourceDetached': {
      const sources = record.sources.filter((source) => sourceIdOf(source) !== event.data.sourceId);
      return { ...ledger, [record.developmentId]: { ...record, sources } };
    }
    case 'DevelopmentRetracted':
      return { ...ledger, [record.developmentId]: { ...record, retracted: true } };
    case 'DevelopmentCorrected':
      // Later reports are compared with the facts as corrected.
      return record.identity
        ? { ...ledger, [record.developmentId]: { ...record, identity: correctedIdentity(record.identity, event.data.changes) } }
        : ledger;
  }
}

const ref = ({ developmentId, kind, trackId }: DevelopmentRecord): DevelopmentRef => ({ developmentId, kind, trackId });

/** A second report of a recorded development adds its source, never a duplicate. */
export function attachSource(
  record: DevelopmentRecord,
  source: Source | null,
  now: string,
  why: { matched?: readonly string[]; disputed?: readonly DisputedFigure[] } = {},
): SourceAttached[] {
  if (!source) {
    throw new RuleViolation(
      'development-recorded-once',
      `development ${record.developmentId} is already recorded; a second report must name its source`,
    );
  }
  if (record.sources.some((known) => sameSource(known, source))) {
    throw new RuleViolation('source-attached-once', `development ${record.developmentId} already cites ${source.publisher}`);
  }
  return [{ type: 'SourceAttached', data: { ...ref(record), source, ...why }, occurredAt: source.publishedAt ?? now }];
}

function amendable(ledger: DevelopmentLedger, developmentId: string): DevelopmentRecord {
  const record = ledger[developmentId];
  if (!record) throw new RuleViolation('development-must-exist', `development ${developmentId} is not recorded`);
  if (record.retracted) {
    throw new RuleViolation('retraction-is-final', `development ${developmentId} was retracted and cannot change`);
  }
  return record;
}

/**
 * Corrections and retractions are events too: nothing recorded is ever erased. `checkFacts` holds a
 * correction to the rules the kind's first report was held to.
 */
export function decideAmendment(
  command: AmendDevelopment,
  ledger: DevelopmentLedger,
  checkFacts: (changes: CorrectionRequest) => void = () => undefined,
): LifecycleEvent[] {
  const record = amendable(ledger, command.data.developmentId);
  const { now } = command.metadata;
  if (command.type === 'RetractDevelopment') {
    return [{ type: 'DevelopmentRetracted', data: { ...ref(record), reason: command.data.reason }, occurredAt: now }];
  }
  if (command.type === 'DetachSource') return detachSource(record, command.data, now);
  const { cameoCode, ...changes } = command.data.changes;
  if (Object.keys(command.data.changes).length === 0) throw new InvalidField('(body)', 'must name at least one field to correct');
  checkCorrectable(record.kind, command.data.changes);
  checkFacts(command.data.changes);
  const acting = changes.targets?.find((target) => record.actors.includes(target));
  if (acting) throw new InvalidField('targets', `must not include the acting actor ${acting}`);
  // The ledger does not keep the precision a development was dated with: unless the correction restates
  // it, the widest tolerance applies.
  if (changes.occurredAt) requireRecordedAfter('occurredAt', changes.occurredAt, changes.datePrecision ?? 'month', now);
  const placed =
    changes.location === undefined
      ? changes
      : { ...changes, location: resolvePlace(changes.location, [...record.actors, ...(changes.targets ?? record.identity?.targets ?? [])]) };
  const correction: Correction = cameoCode === undefined ? placed : { ...placed, cameo: cameoOf(cameoCode) };
  return [
    { type: 'DevelopmentCorrected', data: { ...ref(record), changes: correction, reason: command.data.reason }, occurredAt: now },
  ];
}

function detachSource(record: DevelopmentRecord, { sourceId, reason }: DetachSource['data'], now: string): SourceDetached[] {
  const source = record.sources.find((known) => sourceIdOf(known) === sourceId);
  if (!source) {
    throw new RuleViolation('source-must-be-cited', `development ${record.developmentId} cites no source ${sourceId}`, 'sourceId');
  }
  return [{ type: 'SourceDetached', data: { ...ref(record), sourceId, source, reason }, occurredAt: now }];
}
