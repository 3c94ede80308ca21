import { DevelopmentLedger, evolveLedger, recordIn } from '../development/development-lifecycle';
import { TrackStreamEvent } from './track.events';

export type RoundStatus = 'scheduled' | 'in_session' | 'concluded' | 'broken_off' | 'postponed' | 'cancelled';

export interface RoundState {
  readonly round: number;
  readonly status: RoundStatus;
  readonly scheduledStart: string;
  /** The start first announced, which a postponement does not move. */
  readonly originalScheduledStart: string;
  readonly startedAt: string | null;
  readonly endedAt: string | null;
  readonly mediators: readonly string[];
  readonly hostCountry: string | null;
  readonly developmentId: string;
}

/** What `decide` needs to know about a negotiation track; `parties` is null until a first round opens it. */
export interface TrackState {
  readonly parties: readonly string[] | null;
  readonly rounds: Readonly<Record<number, RoundState>>;
  readonly developments: DevelopmentLedger;
}

export const initialTrackState = (): TrackState => ({ parties: null, rounds: {}, developments: {} });

const withRound = (state: TrackState, round: number, change: Partial<RoundState>): TrackState => {
  const current = state.rounds[round];
  if (!current) return state;
  return { ...state, rounds: { ...state.rounds, [round]: { ...current, ...change } } };
};

/** A retracted round was never there: its number is free to schedule again. */
const withoutRound = (state: TrackState, developmentId: string): TrackState => ({
  ...state,
  rounds: Object.fromEntries(Object.entries(state.rounds).filter(([, r]) => r.developmentId !== developmentId)),
});

export const evolveTrack = (state: TrackState, event: TrackStreamEvent): TrackState => {
  switch (event.type) {
    case 'TalksScheduled': {
      const { round, parties, mediators, hostCountry, scheduledStart, developmentId, trackId } = event.data;
      return {
        parties: state.parties ?? parties,
        rounds: {
          ...state.rounds,
          [round]: { round, status: 'scheduled', scheduledStart, originalScheduledStart: scheduledStart, startedAt: null, endedAt: null, mediators, hostCountry, developmentId },
        },
        developments: recordIn(state.developments, { developmentId, kind: 'talks', trackId, actor: parties[0] }, event.data.source ?? null),
      };
    }
    case 'TalksStarted':
      return withRound(state, event.data.round, { status: 'in_session', startedAt: event.data.startedAt });
    case 'TalksConcluded':
      return withRound(state, event.data.round, { status: 'concluded', endedAt: event.data.endedAt });
    case 'TalksBrokenOff':
      return withRound(state, event.data.round, { status: 'broken_off', endedAt: event.data.endedAt });
    case 'TalksPostponed':
      return withRound(state, event.data.round, { status: 'postponed', scheduledStart: event.data.scheduledStart });
    case 'TalksCancelled':
      return withRound(state, event.data.round, { status: 'cancelled' });
    case 'DevelopmentRetracted': {
      const next = { ...state, developments: evolveLedger(state.developments, event) };
      return withoutRound(next, event.data.developmentId);
    }
    default:
      return { ...state, developments: evolveLedger(state.developments, event) };
  }
};
