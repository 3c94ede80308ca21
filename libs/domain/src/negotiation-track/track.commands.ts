import { AmendDevelopment } from '../development/development-lifecycle';
import { Command } from '../shared/message';
import { Source } from '../shared/source';

export const OUTCOME_KINDS = [
  'prisoner_exchange_agreed',
  'further_talks_agreed',
  'memorandum_exchanged',
  'ceasefire_agreed',
  'no_agreement',
  'other',
] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** How a round meets: in person somewhere, or by telephone or video, which needs no city. */
export const ROUND_FORMATS = ['in_person', 'call', 'video'] as const;
export type RoundFormat = (typeof ROUND_FORMATS)[number];

export interface Outcome {
  readonly kind: OutcomeKind;
  readonly summary: string;
}

export type ScheduleTalks = Command<
  'ScheduleTalks',
  {
    trackId: string;
    round?: number;
    parties: string[];
    mediators: string[];
    /** Absent means in person. */
    format?: RoundFormat;
    /** Where a round in person meets; a call or a video conference may name none. */
    city?: string;
    venue?: string;
    /** The country the round meets in (TUR for Istanbul). */
    hostCountry?: string;
    scheduledStart: string;
    /** When the round was announced, never after its start; defaults to now, or to the start when that has passed. */
    announcedAt?: string;
    /** Overrides CAMEO 036, intent to meet or negotiate. */
    cameoCode?: string;
    /**
     * Who reported it: a second report of the same round from another publisher corroborates it. A
     * report without a round number is taken as the round whose schedule falls on its day.
     */
    source?: Source | null;
  }
>;

/** `source`: another outlet reporting a start already recorded corroborates it. */
export type StartTalks = Command<'StartTalks', { trackId: string; round: number; startedAt: string; source?: Source | null }>;

export type ConcludeTalks = Command<
  'ConcludeTalks',
  /** `cameoCode` overrides 046 (negotiation), or 044 (meeting at a third location) when mediated. */
  { trackId: string; round: number; endedAt: string; outcomes: Outcome[]; cameoCode?: string; source?: Source | null }
>;

/** A round in session that ended without concluding: talks collapsing mid-session. */
export type BreakOffTalks = Command<
  'BreakOffTalks',
  { trackId: string; round: number; endedAt: string; reason: string; source?: Source | null }
>;

export type PostponeTalks = Command<
  'PostponeTalks',
  { trackId: string; round: number; scheduledStart: string; reason?: string; announcedAt?: string }
>;

export type CancelTalks = Command<
  'CancelTalks',
  { trackId: string; round: number; reason?: string; announcedAt?: string }
>;

export type TrackCommand = ScheduleTalks | StartTalks | ConcludeTalks | BreakOffTalks | PostponeTalks | CancelTalks | AmendDevelopment;
