import { Source } from '../shared/source';

/** The kinds of development recorded through POST /developments, each with an event type of its own. */
export const DEVELOPMENT_EVENT_TYPES = {
  military_strike: 'MilitaryStrikeRecorded',
  air_defence_interception: 'AirDefenceInterceptionRecorded',
  territorial_change: 'TerritorialChangeRecorded',
  sabotage: 'SabotageRecorded',
  personnel_change: 'PersonnelChangeRecorded',
  arms_supply_decision: 'ArmsSupplyDecisionRecorded',
  threat_assessment: 'ThreatAssessmentRecorded',
  demands: 'DemandsRecorded',
  diplomatic_meeting: 'DiplomaticMeetingRecorded',
  accusation: 'AccusationRecorded',
  proposal: 'ProposalRecorded',
  memorandum: 'MemorandumRecorded',
  /** A CAMEO-coded event from a dataset such as GDELT that names no finer kind. */
  reported_event: 'ReportedEventRecorded',
} as const;

export type DevelopmentKind = keyof typeof DEVELOPMENT_EVENT_TYPES;
export const DEVELOPMENT_KINDS = Object.keys(DEVELOPMENT_EVENT_TYPES) as DevelopmentKind[];

/** Every development Parley lists, the core's statements, exchanges and rounds of talks included. */
export const ANY_DEVELOPMENT_KINDS = [...DEVELOPMENT_KINDS, 'statement', 'prisoner_exchange', 'talks'] as const;
export type AnyDevelopmentKind = DevelopmentKind | 'statement' | 'prisoner_exchange' | 'talks';

export const DATE_PRECISIONS = ['exact', 'day', 'week', 'month'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** The figures of a development's size, as they apply to its kind. */
export interface Magnitude {
  readonly casualties?: number;
  readonly damageUsd?: number;
  readonly count?: number;
  readonly areaKm2?: number;
}

/** How many people went home to one side of a prisoner exchange: `{ to: "RUS", count: 307 }`. */
export interface Returned {
  readonly to: string;
  readonly count: number;
}

export const STRIKE_MEANS = ['air', 'missile', 'artillery', 'drone'] as const;
export const INTERCEPTED_PROJECTILES = ['drone', 'missile', 'aircraft'] as const;
export const CONTROL_CHANGES = ['gained', 'lost', 'held'] as const;
export const ATTRIBUTIONS = ['claimed', 'alleged', 'confirmed'] as const;
export const PERSONNEL_CHANGES = ['resigned', 'dismissed', 'appointed'] as const;
export const MEETING_FORMATS = ['visit', 'hosted', 'third_location', 'call', 'other'] as const;
export const PROPOSAL_SUBJECTS = ['meeting', 'ceasefire', 'settlement', 'other'] as const;
export const MEMORANDUM_STAGES = ['drafted', 'exchanged', 'signed'] as const;

type OneOf<T extends readonly string[]> = T[number];

/** The facts proper to each kind. */
export interface DevelopmentDetails {
  military_strike: { means: OneOf<typeof STRIKE_MEANS>; objective?: string };
  air_defence_interception: { projectile: OneOf<typeof INTERCEPTED_PROJECTILES>; durationHours?: number };
  territorial_change: { change: OneOf<typeof CONTROL_CHANGES>; region?: string; shareOfTerritory?: number };
  sabotage: { infrastructure: string; attribution: OneOf<typeof ATTRIBUTIONS> };
  personnel_change: { person: string; role: string; change: OneOf<typeof PERSONNEL_CHANGES> };
  arms_supply_decision: { supplier: string; recipient: string; system: string; rangeRestrictionLifted: boolean };
  threat_assessment: { publisher: string; title?: string; claims: { claim: string; figure?: number; unit?: string }[] };
  demands: { conditions: string[] };
  diplomatic_meeting: { format: OneOf<typeof MEETING_FORMATS>; participants: string[] };
  accusation: { allegation: string };
  proposal: { subject: OneOf<typeof PROPOSAL_SUBJECTS>; proposal: string };
  memorandum: { stage: OneOf<typeof MEMORANDUM_STAGES>; title?: string };
  reported_event: {
    dataset: 'gdelt';
    globalEventId: string;
    numMentions: number;
    numSources: number;
    numArticles: number;
    avgTone: number;
  };
}

/** What a report of a development says, once its actors are resolved; `cameoCode` overrides the default. */
export interface DevelopmentReport<K extends DevelopmentKind = DevelopmentKind> {
  readonly developmentId: string;
  readonly kind: K;
  /** The acting country or organisation; a person's acts are their country's. */
  readonly actor: string;
  /** The person who acted, when one did. */
  readonly person: string | null;
  readonly targets: string[];
  /** The people among the targets (ZELENSKY), whose countries are in targets; absent before they were kept. */
  readonly targetPersons?: readonly string[];
  readonly occurredAt: string;
  readonly datePrecision: DatePrecision;
  readonly location: string | null;
  readonly summary: string | null;
  readonly magnitude: Magnitude;
  readonly details: DevelopmentDetails[K];
  readonly cameoCode: string | null;
  readonly source: Source | null;
  readonly trackId: string | null;
}
