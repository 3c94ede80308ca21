/**
 * A ceasefire or an agreement between a dyad's parties sets part of the conflict recorded before it
 * aside for as long as it holds; the parties' next hostile act ends that at once. docs/tension-index.md
 * gives the strengths and why; the constants live here so an answer can name the one it used.
 */

/** What the de-escalation rule reads of a development, beside its weight. */
export interface DeEscalationFacts {
  readonly eventId: string;
  readonly kind: string;
  readonly goldstein: number;
  readonly occurredAt: string;
  /** `details.stage` of the kinds that have one (ceasefire agreed, agreement signed). */
  readonly stage?: string | null;
  /** A ceasefire's scope: full, partial, humanitarian_pause, energy_infrastructure. */
  readonly scope?: string | null;
  /** Set when the development counts in the dyad through a backed group, not as one of its parties' own acts. */
  readonly via?: string | null;
}

export interface DeEscalation {
  readonly eventId: string;
  readonly kind: string;
  readonly stage: string;
  readonly scope: string | null;
  /** When it took effect. */
  readonly since: string;
  /** Conflict up to this moment is what it sets aside: `since`, or its last violation once it held again. */
  readonly setsAsideThrough: string;
  /** The share of that conflict that no longer counts as tension while it holds, 0–1. */
  readonly strength: number;
}

/**
 * An agreement the parties signed commits them further than a ceasefire, so it weighs at least as much;
 * a unilateral declaration binds only its author, an initialled text nobody yet.
 */
export const DE_ESCALATION_STRENGTH: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  ceasefire: { agreed: 0.5, declared: 0.25 },
  agreement: { initialled: 0.25, signed: 0.6, ratified: 0.7, implemented: 0.75 },
};

/** A ceasefire that covers less leaves more of the conflict standing. Scopes not listed count as partial. */
export const CEASEFIRE_SCOPE_FACTOR: Readonly<Record<string, number>> = {
  full: 1,
  partial: 0.6,
  humanitarian_pause: 0.4,
  energy_infrastructure: 0.3,
};
const UNLISTED_SCOPE_FACTOR = CEASEFIRE_SCOPE_FACTOR.partial;

/** Acts of force: one of them between the parties after a de-escalation ends it. */
export const HOSTILE_KINDS: ReadonlySet<string> = new Set([
  'military_strike',
  'armed_clash',
  'attack',
  'air_defence_interception',
  'territorial_change',
  'sabotage',
]);

/** Stages by which the parties step back from what they agreed; the terminal ones end it for good. */
const RENUNCIATIONS: Readonly<Record<string, readonly string[]>> = {
  ceasefire: ['violated', 'collapsed'],
  agreement: ['suspended', 'withdrawn'],
};
const TERMINAL: Readonly<Record<string, readonly string[]>> = { ceasefire: ['collapsed'], agreement: ['withdrawn'] };

/**
 * A ceasefire that is violated stops counting at once; kept again for this long with no further breach,
 * it counts again (isolated violations in the first hours are common, as on 10 May 2025 between India
 * and Pakistan, and monitors then speak of a ceasefire that holds).
 */
export const RESUMPTION_DAYS = 3;
const RESUMPTION_MS = RESUMPTION_DAYS * 86_400_000;

export function strengthOf({ kind, stage, scope }: Pick<DeEscalationFacts, 'kind' | 'stage' | 'scope'>): number {
  const base = stage ? DE_ESCALATION_STRENGTH[kind]?.[stage] ?? 0 : 0;
  if (kind !== 'ceasefire' || !scope) return base;
  return base * (CEASEFIRE_SCOPE_FACTOR[scope] ?? UNLISTED_SCOPE_FACTOR);
}

/**
 * Whether a development ends a de-escalation: a hostile act or a renunciation by the parties themselves.
 * A backed group's acts still count as conflict, but a group is not bound by what its backer signed.
 */
export function breaches(facts: DeEscalationFacts): boolean {
  if (facts.via) return false;
  if (RENUNCIATIONS[facts.kind]?.includes(facts.stage ?? '')) return true;
  return HOSTILE_KINDS.has(facts.kind) && facts.goldstein < 0;
}

/**
 * The de-escalation in force at `asOf` among a dyad's developments: the strongest ceasefire or
 * agreement of its parties that no breach has followed; null when none holds.
 */
export function deEscalationAt(facts: Iterable<DeEscalationFacts>, asOf: string): DeEscalation | null {
  const until = Date.parse(asOf);
  const known = [...facts].filter((f) => Date.parse(f.occurredAt) <= until);
  const breachesOf = known.filter(breaches);
  let best: DeEscalation | null = null;
  for (const f of known) {
    const strength = f.via ? 0 : strengthOf(f);
    if (strength === 0) continue;
    const after = breachesOf.filter((b) => Date.parse(b.occurredAt) > Date.parse(f.occurredAt));
    if (after.some((b) => TERMINAL[b.kind]?.includes(b.stage ?? ''))) continue;
    const last = after.reduce((latest, b) => (Date.parse(b.occurredAt) > Date.parse(latest) ? b.occurredAt : latest), f.occurredAt);
    if (last !== f.occurredAt && until - Date.parse(last) < RESUMPTION_MS) continue;
    const candidate: DeEscalation = {
      eventId: f.eventId,
      kind: f.kind,
      stage: f.stage!,
      scope: f.scope ?? null,
      since: f.occurredAt,
      setsAsideThrough: last,
      strength,
    };
    if (!best || strength > best.strength || (strength === best.strength && candidate.since > best.since)) best = candidate;
  }
  return best;
}

/** The share of one development's contribution that counts as tension under a de-escalation. */
export const reliefFactor = (facts: Pick<DeEscalationFacts, 'goldstein' | 'occurredAt'>, deEscalation: DeEscalation | null): number =>
  deEscalation && facts.goldstein < 0 && Date.parse(facts.occurredAt) <= Date.parse(deEscalation.setsAsideThrough) ? 1 - deEscalation.strength : 1;
