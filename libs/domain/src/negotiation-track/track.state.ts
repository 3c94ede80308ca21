import { TrackEvent } from './track.events';

export type RoundStatus = 'scheduled' | 'in_session' | 'concluded' | 'postponed' | 'cancelled';

export interface RoundState {
  readonly round: number;
  readonly status: RoundStatus;
  readonly scheduledStart: string;
  readonly startedAt: string | null;
}

/** What `decide` needs to know about a negotiation track; `parties` is null until a first round opens it. */
export interface TrackState {
  readonly parties: readonly string[] | null;
  readonly rounds: Readonly<Record<number, RoundState>>;
}

export const initialTrackState = (): TrackState => ({ parties: null, rounds: {} });

const withRound = (state: TrackState, round: number, change: Partial<RoundState>): TrackState => {
  const current = state.rounds[round];
  if (!current) return state;
  return { ...state, rounds: { ...state.rounds, [round]: { ...current, ...change } } };
};

export const evolveTrack = (state: TrackState, event: TrackEvent): TrackState => {
  const { round } = event.data;
  switch (event.type) {
    case 'TalksScheduled':
      return {
        parties: state.parties ?? event.data.parties,
        rounds: {
          ...state.rounds,
          [round]: { round, status: 'scheduled', scheduledStart: event.data.scheduledStart, startedAt: null },
        },
      };
    case 'TalksStarted':
      return withRound(state, round, { status: 'in_session', startedAt: event.data.startedAt });
    case 'TalksConcluded':
      return withRound(state, round, { status: 'concluded' });
    case 'TalksPostponed':
      return withRound(state, round, { status: 'postponed', scheduledStart: event.data.scheduledStart });
    case 'TalksCancelled':
      return withRound(state, round, { status: 'cancelled' });
  }
};
