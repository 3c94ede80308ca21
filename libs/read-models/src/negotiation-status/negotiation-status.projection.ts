import { Outcome, RecordedEvent, Returned, RoundStatus, addReturned, isLifecycleEvent, minutesBetween, talksDevelopmentId } from '@parley/domain';
import { amends } from '../amendments';
import { Projection } from '../projection';

export interface RoundView {
  readonly round: number;
  readonly status: RoundStatus;
  readonly city: string;
  readonly venue: string | null;
  readonly hostCountry: string | null;
  readonly mediators: readonly string[];
  readonly scheduledStart: string;
  readonly startedAt: string | null;
  readonly endedAt: string | null;
  /** How late the round began against the start it was last scheduled for. */
  readonly delayMinutes: number | null;
  readonly durationMinutes: number | null;
  readonly outcomes: readonly Outcome[];
  readonly reason: string | null;
}

export interface NegotiationTrackDoc {
  readonly trackId: string;
  /** False while the track is known only from exchanges filed under it, before any round. */
  readonly opened: boolean;
  readonly parties: readonly string[];
  readonly rounds: readonly RoundView[];
  readonly prisonerExchanges: { readonly count: number; readonly returned: Readonly<Record<string, number>> };
  /** The standing exchanges filed under the track, by id: a retraction takes one out of the totals. */
  readonly exchanges: Readonly<Record<string, readonly Returned[]>>;
  readonly lastDevelopmentAt: string | null;
  readonly position: number;
}

export const NEGOTIATION_STATUS = 'negotiation-status';

const emptyTrack = (trackId: string): NegotiationTrackDoc => ({
  trackId,
  opened: false,
  parties: [],
  rounds: [],
  prisonerExchanges: { count: 0, returned: {} },
  exchanges: {},
  lastDevelopmentAt: null,
  position: 0,
});

const updateRound = (doc: NegotiationTrackDoc, round: number, change: (r: RoundView) => RoundView): NegotiationTrackDoc => ({
  ...doc,
  rounds: doc.rounds.map((r) => (r.round === round ? change(r) : r)),
});

const without = <T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> =>
  Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));

const withExchanges = (doc: NegotiationTrackDoc, exchanges: NegotiationTrackDoc['exchanges']): NegotiationTrackDoc => ({
  ...doc,
  exchanges,
  prisonerExchanges: {
    count: Object.keys(exchanges).length,
    returned: Object.values(exchanges).reduce<Record<string, number>>(addReturned, {}),
  },
});

/** A retracted round is gone; a track left with no round is no longer listed. */
const withoutRound = (doc: NegotiationTrackDoc, developmentId: string): NegotiationTrackDoc => {
  const rounds = doc.rounds.filter((r) => talksDevelopmentId(doc.trackId, r.round) !== developmentId);
  return { ...doc, rounds, opened: rounds.length > 0 };
};

function applyToTrack(doc: NegotiationTrackDoc, event: RecordedEvent): NegotiationTrackDoc {
  switch (event.type) {
    case 'TalksScheduled': {
      const { round, parties, mediators, city, venue, hostCountry, scheduledStart } = event.data;
      const scheduled: RoundView = {
        round,
        status: 'scheduled',
        city,
        venue,
        hostCountry,
        mediators,
        scheduledStart,
        startedAt: null,
        endedAt: null,
        delayMinutes: null,
        durationMinutes: null,
        outcomes: [],
        reason: null,
      };
      return {
        ...doc,
        opened: true,
        parties: doc.opened ? doc.parties : parties,
        rounds: [...doc.rounds.filter((r) => r.round !== round), scheduled].sort((a, b) => a.round - b.round),
      };
    }
    case 'TalksStarted':
      return updateRound(doc, event.data.round, (r) => ({
        ...r,
        status: 'in_session',
        startedAt: event.data.startedAt,
        delayMinutes: minutesBetween(r.scheduledStart, event.data.startedAt),
      }));
    case 'TalksConcluded':
      return updateRound(doc, event.data.round, (r) => ({
        ...r,
        status: 'concluded',
        endedAt: event.data.endedAt,
        durationMinutes: r.startedAt ? minutesBetween(r.startedAt, event.data.endedAt) : null,
        outcomes: event.data.outcomes,
      }));
    case 'TalksPostponed':
      return updateRound(doc, event.data.round, (r) => ({
        ...r,
        status: 'postponed',
        scheduledStart: event.data.scheduledStart,
        reason: event.data.reason,
      }));
    case 'TalksCancelled':
      return updateRound(doc, event.data.round, (r) => ({ ...r, status: 'cancelled', reason: event.data.reason }));
    case 'PrisonerExchangeRecorded':
      return withExchanges(doc, { ...doc.exchanges, [event.data.developmentId]: event.data.returned });
    case 'DevelopmentCorrected': {
      // Of a round, a correction changes nothing shown here; of an exchange, only its figures count.
      const { returned } = event.data.changes;
      const { developmentId } = event.data;
      return returned && doc.exchanges[developmentId] ? withExchanges(doc, { ...doc.exchanges, [developmentId]: returned }) : doc;
    }
    case 'DevelopmentRetracted':
      return event.data.kind === 'talks' ? withoutRound(doc, event.data.developmentId) : withExchanges(doc, without(doc.exchanges, event.data.developmentId));
    default:
      return doc;
  }
}

export const negotiationStatusProjection: Projection<NegotiationTrackDoc> = {
  name: NEGOTIATION_STATUS,
  // 2: corrections of an exchange's figures, and a round's host country.
  version: 2,
  filterable: ['opened'],
  documentIds: (event) => {
    switch (event.type) {
      case 'TalksScheduled':
      case 'TalksStarted':
      case 'TalksConcluded':
      case 'TalksPostponed':
      case 'TalksCancelled':
        return [event.data.trackId];
      case 'PrisonerExchangeRecorded':
        return event.data.trackId ? [event.data.trackId] : [];
      default:
        return (amends(event, 'prisoner_exchange') || amends(event, 'talks')) && event.data.trackId ? [event.data.trackId] : [];
    }
  },
  evolve: (doc, event, trackId) => {
    const next = applyToTrack(doc ?? emptyTrack(trackId), event);
    // A correction or retraction is Parley revising what it knows, not something that happened on the track.
    const lastDevelopmentAt =
      isLifecycleEvent(event) || (next.lastDevelopmentAt && next.lastDevelopmentAt > event.occurredAt) ? next.lastDevelopmentAt : event.occurredAt;
    return { ...next, lastDevelopmentAt, position: Math.max(next.position, event.position) };
  },
};
