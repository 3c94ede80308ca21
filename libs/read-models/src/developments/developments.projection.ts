import {
  AnyDevelopmentKind,
  Cameo,
  Location,
  Correction,
  DatePrecision,
  Magnitude,
  Place,
  RecordedEvent,
  Returned,
  Source,
  UNKNOWN_ACTOR,
  developmentOfEvent,
  dyadsOf,
  exchangeSides,
  independentPublishers,
  isConfirmed,
  isCountryCode,
  isDevelopmentRecorded,
  pairsOf,
  placeOf,
} from '@parley/domain';
import { Projection } from '../projection';
import { Provenance, firstReport, reported, resourced } from '../provenance';
import { tensionIndex } from '../tension/tension.index';

/** One development of any kind, with its provenance and its corrections applied. */
export interface DevelopmentView extends Provenance {
  readonly id: string;
  readonly kind: AnyDevelopmentKind;
  readonly actor: string;
  readonly person: string | null;
  /** The people among several actors (KAGAME), whose countries are in actors. */
  readonly actorPersons: readonly string[];
  readonly targets: readonly string[];
  /** The people among the targets (ZELENSKY), whose countries are in targets. */
  readonly targetPersons: readonly string[];
  /** Everyone who acted (the principal first), then the person who acted for the principal: what `?actor=` matches. */
  readonly actors: readonly string[];
  /** Every actor involved, for an actor's page. */
  readonly involved: readonly string[];
  readonly occurredAt: string;
  /** The UTC day of occurredAt (2025-06-02): an exact match finds a day's developments by index. */
  readonly occurredOn: string;
  readonly datePrecision: DatePrecision;
  /** Where it happened, resolved to coordinates as far as the gazetteer knows the place (docs/places-and-figures.md). */
  readonly location: Place | null;
  readonly summary: string | null;
  /** The reporter's notes. */
  readonly notes: string | null;
  readonly magnitude: Magnitude;
  readonly details: Readonly<Record<string, unknown>>;
  readonly cameo: Cameo;
  /** Distinct publishers reporting it. */
  readonly independentSources: number;
  /** The unordered pairs of the actor with each target (RUS-UKR): what the tension index sums over. */
  readonly dyads: readonly string[];
  /** The directed pairs, actor > target (UKR>RUS). */
  readonly pairs: readonly string[];
  readonly trackId: string | null;
  readonly corrections: number;
  readonly retracted: boolean;
  readonly retractedAt: string | null;
  readonly retractionReason: string | null;
  /** retractedAt|id once retracted: the order of the retraction feed and the cursor that pages it. */
  readonly retractionKey: string | null;
  readonly recordedAt: string;
  /** When Parley last learned something about it: what `?since=` matches. */
  readonly updatedAt: string;
  readonly position: number;
  /** occurredAt|id: the order of the list and the cursor that pages it. */
  readonly sortKey: string;
}

export const DEVELOPMENTS = 'developments';

type Facts = Pick<
  DevelopmentView,
  'id' | 'kind' | 'actor' | 'actors' | 'person' | 'actorPersons' | 'targets' | 'targetPersons' | 'occurredAt' | 'datePrecision' | 'summary' | 'magnitude' | 'details' | 'cameo' | 'trackId'
>;

// An unidentified actor is in no pair: tension is measured between actors one can name.
const named = (pairs: string[], separator: string) => pairs.filter((pair) => !pair.split(separator).includes(UNKNOWN_ACTOR));

/**
 * Derived fields follow the facts: who is involved, the sort key, whether independent publishers agree.
 * With the event's clocks (when Parley learned of it, and the last position), in the same copy.
 */
function settled(doc: DevelopmentView, updatedAt: string, position: number): DevelopmentView {
  const independentSources = independentPublishers(doc.sources);
  // Acting actors are countries and organisations; the people in the list are those who acted for them.
  const people = [...(doc.person ? [doc.person] : []), ...doc.actorPersons];
  const parties = { actors: doc.actors.filter((a) => !people.includes(a)), targets: doc.targets };
  const actors = [...new Set([...parties.actors, ...people])];
  return {
    ...doc,
    updatedAt,
    position,
    independentSources,
    dyads: named(dyadsOf(parties), '-'),
    pairs: named(pairsOf(parties), '>'),
    actors,
    involved: [...new Set([...actors, ...doc.targets, ...doc.targetPersons])],
    confirmed: isConfirmed(doc.sources),
    sortKey: `${doc.occurredAt}|${doc.id}`,
    occurredOn: new Date(doc.occurredAt).toISOString().slice(0, 10),
  };
}

/** Statements, exchanges and rounds have one actor; developments of other kinds list theirs. */
function opened(
  {
    actors,
    actorPersons = [],
    location,
    notes = null,
    ...facts
  }: Omit<Facts, 'actors' | 'actorPersons'> & {
    actors?: readonly string[];
    actorPersons?: readonly string[];
    location: Location | Place | null;
    notes?: string | null;
  },
  event: RecordedEvent,
  source: Source | null | undefined,
): DevelopmentView {
  // Not settled here: evolve settles every document it answers, this one included.
  return {
    ...facts,
    // A place recorded before places were resolved is resolved here, by the gazetteer this version ships.
    location: placeOf(location, [...(actors ?? [facts.actor]), ...facts.targets]),
    notes,
    actors: actors ?? [facts.actor],
    actorPersons,
    involved: [],
    ...firstReport(source, event),
    independentSources: 0,
    dyads: [],
    pairs: [],
    corrections: 0,
    retracted: false,
    retractedAt: null,
    retractionReason: null,
    retractionKey: null,
    recordedAt: event.recordedAt,
    updatedAt: event.recordedAt,
    position: event.position,
    sortKey: '',
    occurredOn: '',
  };
}

/** A statement lists its quote as its summary; an exchange its sides, and its people returned as its count. */
function corrected(doc: DevelopmentView, changes: Correction): DevelopmentView {
  const { magnitude, cameo, location, summary, quote, returned, ...rest } = changes;
  return {
    ...doc,
    ...rest,
    ...(location === undefined ? {} : { location: placeOf(location, [...doc.actors, ...doc.targets]) }),
    ...(summary === undefined ? {} : { summary }),
    ...(quote === undefined ? {} : { summary: quote }),
    ...(cameo === undefined ? {} : { cameo }),
    ...(returned === undefined ? {} : { ...exchangeSides(returned), details: { ...doc.details, returned } }),
    magnitude: {
      // A corrected magnitude restates whether its figures are approximate or a claim: the marks are the correction's.
      ...(magnitude === undefined ? doc.magnitude : figuresOnly(doc.magnitude)),
      ...magnitude,
      ...(returned === undefined ? {} : { count: peopleReturned(returned) }),
    },
    corrections: doc.corrections + 1,
  };
}

const figuresOnly = ({ approximate: _, claimedBy: __, ...figures }: Magnitude): Magnitude => figures;

const peopleReturned = (returned: readonly Returned[]): number => returned.reduce((sum, r) => sum + r.count, 0);

const updatedTalks = (doc: DevelopmentView, details: Record<string, unknown>, more: Partial<DevelopmentView> = {}) => ({
  ...doc,
  ...more,
  details: { ...doc.details, ...details },
});

function apply(doc: DevelopmentView | null, event: RecordedEvent): DevelopmentView | null {
  if (isDevelopmentRecorded(event)) {
    const { developmentId, cameo, source, targetPersons = [], ...facts } = event.data;
    return doc ?? opened({ ...facts, targetPersons, id: developmentId, cameo }, event, source);
  }
  switch (event.type) {
    case 'StatementRecorded': {
      const { developmentId, actor, person, targets, targetPersons = [], madeAt, trackId, cameo, source, quote, ...details } = event.data;
      const facts = { id: developmentId, kind: 'statement' as const, actor, person, targets, targetPersons, occurredAt: madeAt, trackId, cameo };
      return doc ?? opened({ ...facts, datePrecision: 'exact', location: null, summary: quote, magnitude: {}, details }, event, source);
    }
    case 'PrisonerExchangeRecorded': {
      const { developmentId, occurredAt, returned, category, mediators, trackId, cameo, source } = event.data;
      const facts = { id: developmentId, kind: 'prisoner_exchange' as const, ...exchangeSides(returned), targetPersons: [], person: null, occurredAt, trackId, cameo };
      const details = { returned, category, mediators };
      return doc ?? opened({ ...facts, datePrecision: 'day', location: null, summary: null, magnitude: { count: peopleReturned(returned) }, details }, event, source);
    }
    case 'TalksScheduled': {
      const { developmentId, trackId, round, parties, mediators, format, city, venue, hostCountry, scheduledStart, cameo } = event.data;
      const [actor, ...targets] = parties;
      const details = { round, status: 'scheduled', format, mediators, venue, hostCountry, scheduledStart, startedAt: null, endedAt: null, outcomes: [] };
      const facts = { id: developmentId, kind: 'talks' as const, actor, person: null, targets, targetPersons: [], occurredAt: scheduledStart, trackId, cameo };
      // A round's place is its city, in its host country where that is a country's code.
      const location = city === null ? null : { name: city, ...(hostCountry !== null && isCountryCode(hostCountry) ? { country: hostCountry } : {}) };
      return opened({ ...facts, datePrecision: 'exact', location, summary: null, magnitude: {}, details }, event, event.metadata.source);
    }
    default:
      return doc && applyToExisting(doc, event);
  }
}

function applyToExisting(doc: DevelopmentView, event: RecordedEvent): DevelopmentView {
  switch (event.type) {
    case 'TalksStarted':
      return updatedTalks(doc, { status: 'in_session', startedAt: event.data.startedAt }, { occurredAt: event.data.startedAt });
    case 'TalksConcluded':
      return updatedTalks(doc, { status: 'concluded', endedAt: event.data.endedAt, outcomes: event.data.outcomes }, { cameo: event.data.cameo });
    case 'TalksBrokenOff':
      // Talks halted mid-session are a setback (164), no longer a meeting.
      return updatedTalks(doc, { status: 'broken_off', endedAt: event.data.endedAt, reason: event.data.reason }, { cameo: event.data.cameo });
    case 'TalksPostponed':
      return updatedTalks(doc, { status: 'postponed', scheduledStart: event.data.scheduledStart }, { occurredAt: event.data.scheduledStart });
    case 'TalksCancelled':
      // From its cancellation on, the round no longer counts as an intent to meet (tension.index.ts).
      return updatedTalks(doc, { status: 'cancelled', cancelledAt: event.occurredAt, reason: event.data.reason });
    case 'SourceAttached':
    case 'SourceDetached':
      return resourced(doc, event);
    case 'DevelopmentCorrected':
      return corrected(doc, event.data.changes);
    case 'DevelopmentRetracted':
      return { ...doc, retracted: true, retractedAt: event.occurredAt, retractionReason: event.data.reason, retractionKey: `${event.occurredAt}|${doc.id}` };
    default:
      return doc;
  }
}

export const developmentsProjection: Projection<DevelopmentView> = {
  name: DEVELOPMENTS,
  // 2: occurredOn, and the tension index's sums and rankings. 3: a publisher's host and name are one
  // publisher, the people among the targets, and the retraction feed's cursor. 4: several actors, the
  // people among them, and the dyads of actors acting together; rounds broken off (164) and cancelled
  // rounds out of the tension index; source ids, detached sources, disputed figures. 5: places resolved
  // to coordinates (by gazetteer 1: a new gazetteer is a new version), figures split by side, a party's
  // claimed figures at a discount in the tension index, notes.
  version: 5,
  filterable: ['retracted', 'kind', 'actors', 'targets', 'involved', 'dyads', 'pairs', 'occurredOn'],
  // The development an event records or changes, found as the write answers with it.
  documentIds: (event) => {
    const id = developmentOfEvent(event);
    return id === null ? [] : [id];
  },
  evolve: (doc, event) => {
    const next = apply(doc, event);
    if (!next) return doc;
    // A source is attached or detached by its own event; any other report names its source in its request.
    const sourced = event.type === 'SourceAttached' || event.type === 'SourceDetached' ? next : reported(next, event.metadata.source);
    return settled(sourced, event.recordedAt, Math.max(sourced.position, event.position));
  },
  // The tension index reads sums and rankings of developments rather than every one of them.
  index: tensionIndex,
};
