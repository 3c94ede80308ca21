import { Source } from './shared/source';
import { PrisonerExchangeRecorded } from './prisoner-exchange/prisoner-exchange';
import { StatementRecorded } from './statement/statement';
import { TrackEvent } from './negotiation-track/track.events';
import { ActorRegistered } from './actor/actor-registration';
import { ActorBackingChanged } from './actor/actor-backing';
import { DevelopmentRecorded } from './development/development';
import { LifecycleEvent } from './development/development-lifecycle';

/** Every event Parley records. */
export type ParleyEvent =
  | TrackEvent
  | StatementRecorded
  | PrisonerExchangeRecorded
  | DevelopmentRecorded
  | LifecycleEvent
  | ActorRegistered
  | ActorBackingChanged;
export type ParleyEventType = ParleyEvent['type'];

/** The schema version each event type is written with today; older versions are upcast on read. */
export const CURRENT_SCHEMA_VERSION: Readonly<Record<ParleyEventType, number>> = {
  TalksScheduled: 3,
  TalksStarted: 1,
  TalksConcluded: 2,
  TalksPostponed: 1,
  TalksCancelled: 1,
  StatementRecorded: 2,
  PrisonerExchangeRecorded: 2,
  MilitaryStrikeRecorded: 1,
  AirDefenceInterceptionRecorded: 1,
  TerritorialChangeRecorded: 1,
  SabotageRecorded: 1,
  PersonnelChangeRecorded: 1,
  ArmsSupplyDecisionRecorded: 1,
  ThreatAssessmentRecorded: 1,
  DemandsRecorded: 1,
  DiplomaticMeetingRecorded: 1,
  AccusationRecorded: 1,
  ProposalRecorded: 1,
  MemorandumRecorded: 1,
  ReportedEventRecorded: 1,
  SourceAttached: 1,
  DevelopmentCorrected: 1,
  DevelopmentRetracted: 1,
  ActorRegistered: 1,
  ActorBackingChanged: 1,
};

export const isParleyEventType = (type: string): type is ParleyEventType =>
  Object.prototype.hasOwnProperty.call(CURRENT_SCHEMA_VERSION, type);

/** What the log adds to a domain event once stored: its place in the stream and the log, and provenance. */
export interface EventEnvelope {
  readonly eventId: string;
  readonly schemaVersion: number;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly position: number;
  readonly recordedAt: string;
  readonly metadata: EventMetadata;
}

export interface EventMetadata {
  readonly correlationId?: string;
  readonly causationId?: string;
  readonly idempotencyKey?: string;
  /** The name of the API key that wrote the event, never the key itself. */
  readonly writtenBy?: string;
  readonly source?: Source;
}

/** A stored event as readers see it; distributes over the union so `switch (e.type)` still narrows. */
export type RecordedEvent<E extends ParleyEvent = ParleyEvent> = E extends ParleyEvent ? E & EventEnvelope : never;
