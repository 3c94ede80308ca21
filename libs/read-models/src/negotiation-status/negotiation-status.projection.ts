import { DevelopmentRetracted, Outcome, RecordedEvent, Returned, RoundFormat, RoundStatus, addReturned, isLifecycleEvent, minutesBetween, talksDevelopmentId } from '@parley/domain';
import { amends } from '../amendments';
import { Projection } from '../projection';

export interface Postponement {
  readonly from: string;
  readonly to: string;
  readonly reason: string | null;
  readonly announcedAt: string;
}

export interface RoundView {
  readonly round: number;
  readonly status: RoundStatus;
  readonly format: RoundFormat;
  readonly city: string | null;
  readonly venue: string | null;
  readonly hostCountry: string | null;
  readonly mediators: readonly string[];
  readonly scheduledStart: string;
  /** The start first announced: postponements move `scheduledStart`, never this. */
  readonly originalScheduledStart: string;
  readonly postponements: readonly Postponement[];
  readonly startedAt: string | null;
  readonly endedAt: string | null;
  /** How late the round began against the start first announced for it. */
  readonly delayMinutes: number | null;
  readonly durationMinutes: number | null;
  readonly outcomes: readonly Outcome[];
  /** Why it was cancelled or broke off. */
  readonly reason: string | null;
  readonly cancelledAt: string | null;
}

/** An agreement filed under the track, by its stage: what tells whether the process reached one. */
export interface TrackAgreement {
  readonly stage: string;
  readonly occurredAt: string;
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
  /** The standing agreements filed under the track, by id. */
  readonly agreements: Readonly<Record<string, TrackAgreement>>;
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
  agreements: {},
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

/**
 * An agreement development filed under a track. The agreement kind's event is matched by name so that
 * this read model needs nothing of the kind but its `trackId` and `details.stage`.
 */
interface AgreementOnTrack extends TrackAgreement {
  readonly developmentId: string;
  readonly trackId: string;
}

export const agreementOnTrack = (event: { type: string; data: unknown; occurredAt: string }): AgreementOnTrack | null => {
  if (event.type !== 'AgreementRecorded') return null;
  const { developmentId, trackId, details } = event.data as { developmentId?: unknown; trackId?: unknown; details?: { stage?: unknown } };
  const stage = details?.stage;
  return typeof developmentId === 'string' && typeof trackId === 'string' && typeof stage === 'string'
    ? { developmentId, trackId, stage, occurredAt: event.occurredAt }
    : null;
};

const retractsAgreement = (event: RecordedEvent): event is RecordedEvent<DevelopmentRetracted> =>
  event.type === 'DevelopmentRetracted' && (event.data.kind as string) === 'agreement';

/** A retracted round is gone; a track left with no round is no longer listed. */
const withoutRound = (doc: NegotiationTrackDoc, developmentId: string): NegotiationTrackDoc => {
  const rounds = doc.rounds.filter((r) => talksDevelopmentId(doc.trackId, r.round) !== developmentId);
  return { ...doc, rounds, opened: rounds.length > 0 };
};

/** A round in session that ended, whether it concluded or broke off. */
const ended = (r: RoundView, status: RoundStatus, endedAt: string): RoundView => ({
  ...r,
  status,
  endedAt,
  durationMinutes: r.startedAt ? minutesBetween(r.startedAt, endedAt) : null,
});

function applyToTrack(doc: NegotiationTrackDoc, event: RecordedEvent): NegotiationTrackDoc {
  const agreement = agreementOnTrack(event);
  if (agreement) {
    const { developmentId, stage, occurredAt } = agreement;
    return { ...doc, agreements: { ...doc.agreements, [developmentId]: { stage, occurredAt } } };
  }
  switch (event.type) {
    case 'TalksScheduled': {
      const { round, parties, mediators, format, city, venue, hostCountry, scheduledStart } = event.data;
      const scheduled: RoundView = {
        round,
        status: 'scheduled',
        format,
        city,
        venue,
        hostCountry,
        mediators,
        scheduledStart,
        originalScheduledStart: scheduledStart,
        postponements: [],
        startedAt: null,
        endedAt: null,
        delayMinutes: null,
        durationMinutes: null,
        outcomes: [],
        reason: null,
        cancelledAt: null,
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
        delayMinutes: minutesBetween(r.originalScheduledStart, event.data.startedAt),
      }));
    case 'TalksBrokenOff':
      return updateRound(doc, event.data.round, (r) => ({ ...ended(r, 'broken_off', event.data.endedAt), reason: event.data.reason }));
    case 'TalksConcluded':
      return updateRound(doc, event.data.round, (r) => ({ ...ended(r, 'concluded', event.data.endedAt), outcomes: event.data.outcomes }));
    case 'TalksPostponed':
      return updateRound(doc, event.data.round, (r) => ({
        ...r,
        status: 'postponed',
        scheduledStart: event.data.scheduledStart,
        postponements: [
          ...r.postponements,
          { from: event.data.previousStart, to: event.data.scheduledStart, reason: event.data.reason, announcedAt: event.occurredAt },
        ],
      }));
    case 'TalksCancelled':
      return updateRound(doc, event.data.round, (r) => ({ ...r, status: 'cancelled', reason: event.data.reason, cancelledAt: event.occurredAt }));
    case 'PrisonerExchangeRecorded':
      return withExchanges(doc, { ...doc.exchanges, [event.data.developmentId]: event.data.returned });
    case 'DevelopmentCorrected': {
      // Of a round, a correction changes nothing shown here; of an exchange, only its figures count.
      const { returned } = event.data.changes;
      const { developmentId } = event.data;
      return returned && doc.exchanges[developmentId] ? withExchanges(doc, { ...doc.exchanges, [developmentId]: returned }) : doc;
    }
    case 'DevelopmentRetracted': {
      const { kind, developmentId } = event.data;
      if (kind === 'talks') return withoutRound(doc, developmentId);
      return { ...withExchanges(doc, without(doc.exchanges, developmentId)), agreements: without(doc.agreements, developmentId) };
    }
    default:
      return doc;
  }
}

export const negotiationStatusProjection: Projection<NegotiationTrackDoc> = {
  name: NEGOTIATION_STATUS,
  // 2: corrections of an exchange's figures, and a round's host country. 3: rounds broken off, their
  // format, first schedule, postponements and reasons; agreements on the track, for its phase.
  version: 3,
  filterable: ['opened'],
  documentIds: (event) => {
    switch (event.type) {
      case 'TalksScheduled':
      case 'TalksStarted':
      case 'TalksConcluded':
      case 'TalksBrokenOff':
      case 'TalksPostponed':
      case 'TalksCancelled':
        return [event.data.trackId];
      case 'PrisonerExchangeRecorded':
        return event.data.trackId ? [event.data.trackId] : [];
      default: {
        const agreement = agreementOnTrack(event);
        if (agreement) return [agreement.trackId];
        return (amends(event, 'prisoner_exchange') || amends(event, 'talks') || retractsAgreement(event)) && event.data.trackId ? [event.data.trackId] : [];
      }
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
