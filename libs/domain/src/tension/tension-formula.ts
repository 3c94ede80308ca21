import { FigureField, Magnitude, figureTotal } from '../development/magnitude';
import { DeEscalation, DeEscalationFacts, deEscalationAt, reliefFactor } from './de-escalation';

/**
 * The tension index: from each development's Goldstein weight, size, corroboration and age, two
 * channels (conflict and cooperation) and an index derived from both. docs/tension-index.md gives
 * the formula with every constant; nothing here is hidden from an answer.
 */

/** One development as the index sees it. */
export interface TensionInput extends DeEscalationFacts {
  readonly cameoCode: string;
  readonly magnitude: Magnitude;
  /** Independent publishers reporting it; at least one counts. */
  readonly sources: number;
  /** The share of a backed group's act its backer answers for (`via` names the group); 1 for a party's own act. */
  readonly attribution?: number;
  /** When it stopped counting: a cancelled round is no intent to meet from its cancellation on. */
  readonly until?: string;
}

export interface TensionParameters {
  /** Days after which a development weighs half. */
  readonly halfLifeDays: number;
  /** Conflict at which the index reads 50 when there is no cooperation. */
  readonly scale: number;
  /** What counts as one unit of size, per magnitude figure. */
  readonly magnitudeUnits: Readonly<Record<FigureField, number>>;
  /** The share of its size a figure one party claims counts at (`magnitude.claimedBy`): parties inflate what they did to the other. */
  readonly claimedShare: number;
  /** The share of a backed group's acts that count in its backer's dyads. */
  readonly proxyAttribution: number;
}

export const DEFAULT_TENSION_PARAMETERS: TensionParameters = {
  halfLifeDays: 14,
  scale: 25,
  magnitudeUnits: { casualties: 1, count: 1, areaKm2: 100, damageUsd: 10_000_000 },
  proxyAttribution: 0.5,
  claimedShare: 0.5,
};

export type Channel = 'conflict' | 'cooperation';

export interface Contribution {
  readonly eventId: string;
  readonly kind: string;
  readonly cameoCode: string;
  readonly goldstein: number;
  readonly channel: Channel;
  /** 1 + log10(1 + size in units): size counts without swamping. */
  readonly magnitude: number;
  /** 1 − 0.5^sources: one source 0.5, two 0.75, three 0.875; never zero. */
  readonly sourceWeight: number;
  /** 0.5^(age / half-life). */
  readonly decay: number;
  /** 1 for a party's own act; the proxy attribution for a backed group's, named in `via`. */
  readonly attribution: number;
  /** The share of a conflict contribution that still counts as tension: 1, or 1 − strength under a de-escalation. */
  readonly relief: number;
  /** |goldstein| × magnitude × sourceWeight × decay × attribution, added to its channel. */
  readonly contribution: number;
  readonly occurredAt: string;
  /** The backed group (M23), or the dyad of two groups each party backs one of (M23-WAZALENDO). */
  readonly via?: string;
}

export const LEVELS = [
  { level: 'low', below: 25 },
  { level: 'elevated', below: 50 },
  { level: 'high', below: 75 },
  { level: 'severe', below: Infinity },
] as const;
export type Level = (typeof LEVELS)[number]['level'];

export interface TensionReading {
  readonly value: number;
  readonly level: Level;
  readonly conflict: number;
  readonly cooperation: number;
  /** The conflict a de-escalation sets aside: Σ contribution × (1 − relief); counted in the denominator, not the numerator. */
  readonly setAside: number;
  /** Largest first. */
  readonly contributions: readonly Contribution[];
  /** The ceasefire or agreement setting earlier conflict aside, if one holds. */
  readonly deEscalation: DeEscalation | null;
}

const DAY_MS = 86_400_000;

/**
 * 1 + log10(1 + size), the size being the largest figure in its units (a split figure by its total),
 * and a party's claim counted at `claimedShare` of it. Approximate figures count as given: "about 300"
 * is the best figure there is.
 */
export function magnitudeFactor(
  magnitude: Magnitude,
  units: TensionParameters['magnitudeUnits'],
  claimedShare: number = DEFAULT_TENSION_PARAMETERS.claimedShare,
): number {
  const size = Math.max(
    0,
    ...(Object.keys(units) as FigureField[]).map((k) => Math.max(0, figureTotal(magnitude[k]) ?? 0) / units[k]),
  );
  return 1 + Math.log10(1 + size * (magnitude.claimedBy === undefined ? 1 : claimedShare));
}

export const sourceWeight = (sources: number): number => 1 - 0.5 ** Math.max(1, sources);

/**
 * 0.5^((to − from) / half-life), also when `to` comes first (then above 1). Decay is a product, so a
 * sum of contributions decayed to one moment carries over to any later one by a single factor:
 * sum(at t) = sum(at s) × decayBetween(s, t). That is what lets a read model keep running sums.
 */
export const decayBetween = (from: string, to: string, halfLifeDays: number): number =>
  0.5 ** ((Date.parse(to) - Date.parse(from)) / DAY_MS / halfLifeDays);

/** |goldstein| × magnitude × sourceWeight: what a development weighs before decay. */
export const undecayedWeight = (input: TensionInput, parameters: TensionParameters = DEFAULT_TENSION_PARAMETERS): number =>
  Math.abs(input.goldstein) * magnitudeFactor(input.magnitude, parameters.magnitudeUnits, parameters.claimedShare) * sourceWeight(input.sources);

export const channelOf = (goldstein: number): Channel => (goldstein < 0 ? 'conflict' : 'cooperation');

/**
 * log2 of the weight decayed back to the Unix epoch. Every development decays by the same factor
 * between two moments, so at any moment after they all happened, a higher rank is a larger contribution:
 * the order of contributions can be stored once instead of sorted at every reading.
 */
export const tensionRank = (input: TensionInput, parameters: TensionParameters = DEFAULT_TENSION_PARAMETERS): number =>
  Math.log2(undecayedWeight(input, parameters)) + Date.parse(input.occurredAt) / DAY_MS / parameters.halfLifeDays;

/** What one development adds at `asOf`, under the de-escalation in force then; null when it had not happened yet, had stopped counting, or is neutral. */
export function contributionOf(
  input: TensionInput,
  asOf: string,
  parameters: TensionParameters = DEFAULT_TENSION_PARAMETERS,
  deEscalation: DeEscalation | null = null,
): Contribution | null {
  if (input.goldstein === 0 || Date.parse(input.occurredAt) > Date.parse(asOf)) return null;
  if (input.until !== undefined && Date.parse(input.until) <= Date.parse(asOf)) return null;
  const magnitude = magnitudeFactor(input.magnitude, parameters.magnitudeUnits, parameters.claimedShare);
  const weight = sourceWeight(input.sources);
  const decay = decayBetween(input.occurredAt, asOf, parameters.halfLifeDays);
  const attribution = input.attribution ?? 1;
  const relief = reliefFactor(input, deEscalation);
  return {
    eventId: input.eventId,
    kind: input.kind,
    cameoCode: input.cameoCode,
    goldstein: input.goldstein,
    channel: channelOf(input.goldstein),
    magnitude,
    sourceWeight: weight,
    decay,
    attribution,
    relief,
    contribution: Math.abs(input.goldstein) * magnitude * weight * decay * attribution,
    occurredAt: input.occurredAt,
    ...(input.via ? { via: input.via } : {}),
  };
}

/**
 * 100 × (conflict − setAside) / (conflict + cooperation + scale): bounded, cooperation damps without
 * cancelling, and conflict a ceasefire or agreement sets aside stays as context in the denominator
 * while it no longer counts as tension.
 */
export function indexValue(conflict: number, cooperation: number, scale: number, setAside = 0): number {
  return (100 * (conflict - setAside)) / (conflict + cooperation + scale);
}

export const levelOf = (value: number): Level => LEVELS.find((l) => value < l.below)!.level;

export function readTension(
  inputs: Iterable<TensionInput>,
  asOf: string,
  parameters: TensionParameters = DEFAULT_TENSION_PARAMETERS,
): TensionReading {
  const all = [...inputs];
  const deEscalation = deEscalationAt(all, asOf);
  const contributions: Contribution[] = [];
  for (const input of all) {
    const c = contributionOf(input, asOf, parameters, deEscalation);
    if (c) contributions.push(c);
  }
  contributions.sort((a, b) => b.contribution - a.contribution || a.eventId.localeCompare(b.eventId));
  const total = (channel: Channel) =>
    contributions.filter((c) => c.channel === channel).reduce((sum, c) => sum + c.contribution, 0);
  const conflict = total('conflict');
  const cooperation = total('cooperation');
  const setAside = contributions.reduce((sum, c) => sum + c.contribution * (1 - c.relief), 0);
  const value = indexValue(conflict, cooperation, parameters.scale, setAside);
  return { value, level: levelOf(value), conflict, cooperation, setAside, contributions, deEscalation };
}
