import { LIFECYCLE_EVENT_TYPES, RecordedEvent } from '@parley/domain';

/** The two clocks of history: when things happened in the world, and when Parley learned of them. */
export interface Clocks {
  /** Only developments that had occurred by then (occurredAt ≤ asOf): the world as it was. */
  readonly asOf?: string;
  /** Only events recorded by then (recordedAt ≤ knownAt): what Parley knew. */
  readonly knownAt?: string;
}

/**
 * The moment a reading is of: `asOf`; else `knownAt`, since what Parley knew on a day is read as of that
 * day (a tension reading at now would have decayed all of it away, a track's phase would have aged); else now.
 */
export const readingMoment = ({ asOf, knownAt }: Clocks): string => asOf ?? knownAt ?? new Date().toISOString();

/**
 * Amendments (a source attached, a correction, a retraction) change what is known about a development,
 * not the world: the asOf clock lets them through whenever they were made, and only knownAt holds them back.
 */
export const AMENDMENT_TYPES: readonly string[] = LIFECYCLE_EVENT_TYPES;

export const isAmendment = (event: RecordedEvent): boolean => AMENDMENT_TYPES.includes(event.type);
