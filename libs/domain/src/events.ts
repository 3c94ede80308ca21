import { Source } from './shared/source';
import { PrisonerExchangeRecorded } from './prisoner-exchange/prisoner-exchange';
import { StatementRecorded } from './statement/statement';
import { TrackEvent } from './negotiation-track/track.events';
import { ActorRegistered } from './actor/actor-registration';
import { DevelopmentRecorded } from './development/development';
import { DEVELOPMENT_KIND_LIST } from './development/development-kinds';
import { LifecycleEvent } from './development/development-lifecycle';

/** Every event Parley records. */
export type ParleyEvent =
  | TrackEvent
  | StatementRecorded
  | PrisonerExchangeRecorded
  | DevelopmentRecorded
  | LifecycleEvent
  | ActorRegistered;
export type ParleyEventType = ParleyEvent['type'];

/** Every event type but the kinds of development, whose versions their definitions give. */
const CORE_SCHEMA_VERSIONS: Readonly<Record<Exclude<ParleyEventType, DevelopmentRecorded['type']>, number>> = {
  TalksScheduled: 4,
  TalksStarted: 1,
  TalksConcluded: 2,
  TalksBrokenOff: 1,
  TalksPostponed: 1,
  TalksCancelled: 1,
  StatementRecorded: 2,
  PrisonerExchangeRecorded: 2,
  SourceAttached: 1,
  SourceDetached: 1,
  DevelopmentCorrected: 1,
  DevelopmentRetracted: 1,
  ActorRegistered: 1,
};

/** The schema version each event type is written with today; older versions are upcast on read. */
export const CURRENT_SCHEMA_VERSION: Readonly<Record<ParleyEventType, number>> = {
  ...CORE_SCHEMA_VERSIONS,
  ...(Object.fromEntries(DEVELOPMENT_KIND_LIST.map((k) => [k.eventType, k.schemaVersion])) as Record<DevelopmentRecorded['type'], number>),
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
