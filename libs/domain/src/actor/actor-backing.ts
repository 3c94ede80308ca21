import { InvalidField } from '../shared/domain-error';
import { Command, DomainEvent } from '../shared/message';

/**
 * Who backs an actor from an effective date on: the whole set of its backers, so ending a backing is
 * naming the others (or none). A state behind an armed group (RWA behind M23) is the case in mind.
 */
export interface Backing {
  readonly code: string;
  readonly backedBy: string[];
  readonly effectiveAt: string;
}

export type ChangeBacking = Command<'ChangeBacking', Backing>;
export type ActorBackingChanged = DomainEvent<'ActorBackingChanged', Backing>;

/** One backer's time behind the actor; `until` absent while it lasts. */
export interface BackingPeriod {
  readonly backer: string;
  readonly from: string;
  readonly until?: string;
}

/** The history after a change: the backers it leaves out end at its date, the new ones start there. */
export function backingAfter(history: readonly BackingPeriod[], { backedBy, effectiveAt }: Backing): BackingPeriod[] {
  const open = new Set(history.filter((p) => p.until === undefined).map((p) => p.backer));
  return [
    ...history.map((p) => (p.until === undefined && !backedBy.includes(p.backer) ? { ...p, until: effectiveAt } : p)),
    ...backedBy.filter((backer) => !open.has(backer)).map((backer) => ({ backer, from: effectiveAt })),
  ];
}

/** The actors backing at an instant, each once, in the order they began. */
export const backersOf = (history: readonly BackingPeriod[], at: string): string[] => [
  ...new Set(history.filter((p) => p.from <= at && (p.until === undefined || at < p.until)).map((p) => p.backer)),
];

/**
 * The history a set of changes makes, taken in order of their effective dates: a change recorded late
 * (a backing that began years before it was registered) still lands in its place.
 */
export const backingHistory = (changes: readonly Backing[]): BackingPeriod[] =>
  [...changes].sort((a, b) => a.effectiveAt.localeCompare(b.effectiveAt)).reduce<BackingPeriod[]>(backingAfter, []);

/** An actor's backers are others, each named once. */
export function checkBacking({ code, backedBy }: Backing): void {
  const repeated = backedBy.findIndex((backer, i) => backedBy.indexOf(backer) !== i);
  if (repeated >= 0) throw new InvalidField(`backedBy[${repeated}]`, `names ${backedBy[repeated]} twice`);
  const itself = backedBy.indexOf(code);
  if (itself >= 0) throw new InvalidField(`backedBy[${itself}]`, `${code} cannot back itself`);
}
