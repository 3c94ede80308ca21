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
    city: string;
    venue?: string;
    /** The country the round meets in (TUR for Istanbul). */
    hostCountry?: string;
    scheduledStart: string;
    /** When the round was announced; defaults to now, but never later than its start. */
    announcedAt?: string;
    /** Overrides CAMEO 036, intent to meet or negotiate. */
    cameoCode?: string;
    /** Who reported it: a second report of the same round from another publisher corroborates it. */
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

export type PostponeTalks = Command<
  'PostponeTalks',
  { trackId: string; round: number; scheduledStart: string; reason?: string; announcedAt?: string }
>;

export type CancelTalks = Command<
  'CancelTalks',
  { trackId: string; round: number; reason?: string; announcedAt?: string }
>;

export type TrackCommand = ScheduleTalks | StartTalks | ConcludeTalks | PostponeTalks | CancelTalks | AmendDevelopment;
