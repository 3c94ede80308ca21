import { NegotiationTrackDoc, RoundView } from './negotiation-status.projection';

/**
 * Where a peace process stands, which its last round's status cannot say: a concluded round may have
 * led to an agreement, to nothing yet, or to a process that broke down.
 */
export type TrackPhase = 'active' | 'stalled' | 'agreement_reached' | 'broken_down';

/** A track with no round held or due for this long has stalled. */
export const STALLED_AFTER_DAYS = 90;
const DAY_MS = 86_400_000;

/** An agreement signed, or carried further (ratified, implemented), was reached on the track. */
const REACHED_STAGES: readonly string[] = ['signed', 'ratified', 'implemented'];

interface Turn {
  readonly at: string;
  readonly phase: 'agreement_reached' | 'broken_down';
}

/** When a round last counted as held or due: a cancelled round was due until it was called off. */
const lastActivity = (r: RoundView): string => r.endedAt ?? r.startedAt ?? r.cancelledAt ?? r.scheduledStart;

/**
 * The latest of what settles a process wins: an agreement signed (agreement_reached), a party
 * withdrawing from one or the last round breaking off (broken_down). Failing those, a track is active
 * while a round was held or is due within STALLED_AFTER_DAYS of `asOf`.
 */
export function trackPhase(doc: NegotiationTrackDoc, asOf: string): TrackPhase {
  const last = doc.rounds.at(-1);
  const turns: Turn[] = [
    ...Object.values(doc.agreements).flatMap(({ stage, occurredAt }): Turn[] =>
      REACHED_STAGES.includes(stage) ? [{ at: occurredAt, phase: 'agreement_reached' }] : stage === 'withdrawn' ? [{ at: occurredAt, phase: 'broken_down' }] : [],
    ),
    ...(last?.status === 'broken_off' && last.endedAt ? [{ at: last.endedAt, phase: 'broken_down' as const }] : []),
  ];
  const latest = turns.sort((a, b) => a.at.localeCompare(b.at)).at(-1);
  if (latest) return latest.phase;
  const since = Date.parse(asOf) - STALLED_AFTER_DAYS * DAY_MS;
  return doc.rounds.some((r) => Date.parse(lastActivity(r)) >= since) ? 'active' : 'stalled';
}
