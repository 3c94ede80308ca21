import { Outcome, RecordedEvent, RoundStatus, addReturned, minutesBetween } from '@parley/domain';
import { Projection } from '../projection';

export interface RoundView {
  readonly round: number;
  readonly status: RoundStatus;
  readonly city: string;
  readonly venue: string | null;
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
  lastDevelopmentAt: null,
  position: 0,
});

const updateRound = (doc: NegotiationTrackDoc, round: number, change: (r: RoundView) => RoundView): NegotiationTrackDoc => ({
  ...doc,
  rounds: doc.rounds.map((r) => (r.round === round ? change(r) : r)),
});

function applyToTrack(doc: NegotiationTrackDoc, event: RecordedEvent): NegotiationTrackDoc {
  switch (event.type) {
    case 'TalksScheduled': {
      const { round, parties, mediators, city, venue, scheduledStart } = event.data;
      const scheduled: RoundView = {
        round,
        status: 'scheduled',
        city,
        venue,
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
      return {
        ...doc,
        prisonerExchanges: {
          count: doc.prisonerExchanges.count + 1,
          returned: addReturned(doc.prisonerExchanges.returned, event.data.returned),
        },
      };
    default:
      return doc;
  }
}

export const negotiationStatusProjection: Projection<NegotiationTrackDoc> = {
  name: NEGOTIATION_STATUS,
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
        return [];
    }
  },
  evolve: (doc, event, trackId) => {
    const next = applyToTrack(doc ?? emptyTrack(trackId), event);
    const lastDevelopmentAt =
      next.lastDevelopmentAt && next.lastDevelopmentAt > event.occurredAt ? next.lastDevelopmentAt : event.occurredAt;
    return { ...next, lastDevelopmentAt, position: Math.max(next.position, event.position) };
  },
};
