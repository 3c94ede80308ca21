import { LifecycleEvent } from '../development/development-lifecycle';
import { Cameo } from '../cameo/cameo';
import { DomainEvent } from '../shared/message';
import { Source } from '../shared/source';
import { Outcome, RoundFormat } from './track.commands';

export type TalksScheduled = DomainEvent<
  'TalksScheduled',
  {
    /** The round as a development: one id for its whole life, from scheduling to its end. */
    developmentId: string;
    trackId: string;
    round: number;
    parties: string[];
    mediators: string[];
    format: RoundFormat;
    /** Null for a call or a video conference that named no city. */
    city: string | null;
    venue: string | null;
    /** The country the round meets in, when named: a third country's makes the talks CAMEO 044. */
    hostCountry: string | null;
    scheduledStart: string;
    cameo: Cameo;
    /** Absent from events written before rounds could be corroborated. */
    source?: Source | null;
  }
>;

export type TalksStarted = DomainEvent<'TalksStarted', { trackId: string; round: number; startedAt: string }>;

export type TalksConcluded = DomainEvent<
  'TalksConcluded',
  { trackId: string; round: number; endedAt: string; outcomes: Outcome[]; cameo: Cameo }
>;

/** CAMEO 164, halt negotiations: a setback, not a meeting. */
export type TalksBrokenOff = DomainEvent<
  'TalksBrokenOff',
  { trackId: string; round: number; endedAt: string; reason: string; cameo: Cameo }
>;

export type TalksPostponed = DomainEvent<
  'TalksPostponed',
  { trackId: string; round: number; scheduledStart: string; previousStart: string; reason: string | null }
>;

export type TalksCancelled = DomainEvent<'TalksCancelled', { trackId: string; round: number; reason: string | null }>;

export type TrackEvent = TalksScheduled | TalksStarted | TalksConcluded | TalksBrokenOff | TalksPostponed | TalksCancelled;

export const TRACK_EVENT_TYPES: readonly TrackEvent['type'][] = [
  'TalksScheduled',
  'TalksStarted',
  'TalksConcluded',
  'TalksBrokenOff',
  'TalksPostponed',
  'TalksCancelled',
];

/** Everything a track's stream holds: its rounds, and the sources, corrections and retractions of them. */
export type TrackStreamEvent = TrackEvent | LifecycleEvent;
