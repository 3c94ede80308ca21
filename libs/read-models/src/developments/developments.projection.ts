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
import { Draft, Projection } from '../projection';
import { Provenance, firstReport, reported, resourced } from '../provenance';
import { TENSION_TOTAL_NAMES, bucketEnd, parseBucketKey, tensionIndex } from '../tension/tension.index';

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

/** The fields a development's actors and targets decide: who acted, who is involved, and the pairs tension is summed over. */
function involvement(facts: Pick<DevelopmentView, 'actors' | 'person' | 'actorPersons' | 'targets' | 'targetPersons'>): Pick<DevelopmentView, 'actors' | 'involved' | 'dyads' | 'pairs'> {
  // Acting actors are countries and organisations; the people in the list are those who acted for them.
  const people = facts.person ? [facts.person, ...facts.actorPersons] : facts.actorPersons;
  const parties = { actors: people.length === 0 ? facts.actors : facts.actors.filter((a) => !people.includes(a)), targets: facts.targets };
  const actors = [...new Set([...parties.actors, ...people])];
  // An unidentified actor is in no pair: tension is measured between actors one can name.
  const unnamed = parties.actors.includes(UNKNOWN_ACTOR) || parties.targets.includes(UNKNOWN_ACTOR);
  const named = (pairs: string[], separator: string) => (unnamed ? pairs.filter((pair) => !pair.split(separator).includes(UNKNOWN_ACTOR)) : pairs);
  return {
    actors,
    involved: [...new Set([...actors, ...facts.targets, ...facts.targetPersons])],
    dyads: named(dyadsOf(parties), '-'),
    pairs: named(pairsOf(parties), '>'),
  };
}

/** The UTC day of an instant, as occurredOn shows it. */
const dayOf = (instant: string): string => new Date(instant).toISOString().slice(0, 10);

/**
 * Derived fields follow the facts: who is involved, the sort key, whether independent publishers agree.
 * With the event's clocks (when Parley learned of it, and the last position), in the same copy.
 */
function settled(doc: DevelopmentView, updatedAt: string, position: number): DevelopmentView {
  const { actors, involved, dyads, pairs } = involvement(doc);
  return {
    ...doc,
    updatedAt,
    position,
    independentSources: independentPublishers(doc.sources),
    dyads,
    pairs,
    actors,
    involved,
    confirmed: isConfirmed(doc.sources),
    sortKey: `${doc.occurredAt}|${doc.id}`,
    occurredOn: dayOf(doc.occurredAt),
  };
}

type OpeningFacts = Omit<Facts, 'actors' | 'actorPersons'>;

/** What a development's first report says beside its facts; statements, exchanges and rounds have one actor, developments of other kinds list theirs. */
interface Opening {
  readonly actors?: readonly string[];
  readonly actorPersons?: readonly string[];
  readonly location: Location | Place | null;
  readonly notes?: string | null;
}

/**
 * A new development, settled: its facts (a new object of the caller's, which becomes the document)
 * extended by its derived fields and its provenance (the source its first report names, then the one
 * its request carried) as evolve would settle them.
 */
function opened(facts: Draft<OpeningFacts>, { actors = [facts.actor], actorPersons = [], location, notes = null }: Opening, event: RecordedEvent, source: Source | null | undefined): DevelopmentView {
  const provenance = reported(firstReport(source, event), event.metadata.source);
  const derived = involvement({ actors, person: facts.person, actorPersons, targets: facts.targets, targetPersons: facts.targetPersons });
  // Not `{ ...facts, location, … }`: V8 (Node 20) gives an object spread and then extended a map of its
  // own, each new property a new map (microseconds apiece, and garbage); an object extended by name shares one.
  const doc = facts as Draft<DevelopmentView>;
  // A place recorded before places were resolved is resolved here, by the gazetteer this version ships.
  doc.location = placeOf(location, [...actors, ...facts.targets]);
  doc.notes = notes;
  doc.actors = derived.actors;
  doc.actorPersons = actorPersons;
  doc.involved = derived.involved;
  doc.sources = provenance.sources;
  doc.confirmed = provenance.confirmed;
  doc.disputed = provenance.disputed;
  doc.independentSources = independentPublishers(provenance.sources);
  doc.dyads = derived.dyads;
  doc.pairs = derived.pairs;
  doc.corrections = 0;
  doc.retracted = false;
  doc.retractedAt = null;
  doc.retractionReason = null;
  doc.retractionKey = null;
  doc.recordedAt = event.recordedAt;
  doc.updatedAt = event.recordedAt;
  doc.position = event.position;
  doc.sortKey = `${facts.occurredAt}|${facts.id}`;
  doc.occurredOn = dayOf(facts.occurredAt);
  return doc;
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

/** The development an event opens, settled, if it opens one: a development's first report, or a round scheduled. */
function opening(doc: DevelopmentView | null, event: RecordedEvent): DevelopmentView | null {
  if (isDevelopmentRecorded(event)) {
    if (doc) return null;
    const { developmentId, cameo, source, targetPersons = [], actors, actorPersons, location, notes, ...report } = event.data;
    // The report's own fields in its order, then these (not a spread extended: opened says why).
    return opened(Object.assign(report, { targetPersons, id: developmentId, cameo }), { actors, actorPersons, location, notes }, event, source);
  }
  switch (event.type) {
    case 'StatementRecorded': {
      if (doc) return null;
      const { developmentId, actor, person, targets, targetPersons = [], madeAt, trackId, cameo, source, quote, ...details } = event.data;
      const facts = {
        id: developmentId,
        kind: 'statement' as const,
        actor,
        person,
        targets,
        targetPersons,
        occurredAt: madeAt,
        trackId,
        cameo,
        datePrecision: 'exact' as const,
        summary: quote,
        magnitude: {},
        details,
      };
      return opened(facts, { location: null }, event, source);
    }
    case 'PrisonerExchangeRecorded': {
      if (doc) return null;
      const { developmentId, occurredAt, returned, category, mediators, trackId, cameo, source } = event.data;
      const facts = {
        id: developmentId,
        kind: 'prisoner_exchange' as const,
        ...exchangeSides(returned),
        targetPersons: [],
        person: null,
        occurredAt,
        trackId,
        cameo,
        datePrecision: 'day' as const,
        summary: null,
        magnitude: { count: peopleReturned(returned) },
        details: { returned, category, mediators },
      };
      return opened(facts, { location: null }, event, source);
    }
    case 'TalksScheduled': {
      const { developmentId, trackId, round, parties, mediators, format, city, venue, hostCountry, scheduledStart, cameo } = event.data;
      const [actor, ...targets] = parties;
      const details = { round, status: 'scheduled', format, mediators, venue, hostCountry, scheduledStart, startedAt: null, endedAt: null, outcomes: [] };
      const facts = {
        id: developmentId,
        kind: 'talks' as const,
        actor,
        person: null,
        targets,
        targetPersons: [],
        occurredAt: scheduledStart,
        trackId,
        cameo,
        datePrecision: 'exact' as const,
        summary: null,
        magnitude: {},
        details,
      };
      // A round's place is its city, in its host country where that is a country's code.
      const location = city === null ? null : { name: city, ...(hostCountry !== null && isCountryCode(hostCountry) ? { country: hostCountry } : {}) };
      return opened(facts, { location }, event, event.metadata.source);
    }
    default:
      return null;
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
    const fresh = opening(doc, event);
    if (fresh) return fresh;
    const next = doc && applyToExisting(doc, event);
    if (!next) return doc;
    // A source is attached or detached by its own event; any other report names its source in its request.
    const sourced = event.type === 'SourceAttached' || event.type === 'SourceDetached' ? next : reported(next, event.metadata.source);
    return settled(sourced, event.recordedAt, Math.max(sourced.position, event.position));
  },
  // The tension index reads sums and rankings of developments rather than every one of them.
  index: tensionIndex,
  totalNames: TENSION_TOTAL_NAMES,
  totalPeriodEnd: (key) => bucketEnd(parseBucketKey(key).label),
  // A development is recorded on one stream, and amended only there (the write side's streamOfDevelopment).
  ownedByStream: true,
};
