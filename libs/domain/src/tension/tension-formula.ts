import { Magnitude } from '../development/development-kinds';

/**
 * The tension index: from each development's Goldstein weight, size, corroboration and age, two
 * channels (conflict and cooperation) and an index derived from both. docs/tension-index.md gives
 * the formula with every constant; nothing here is hidden from an answer.
 */

/** One development as the index sees it. */
export interface TensionInput {
  readonly eventId: string;
  readonly kind: string;
  readonly cameoCode: string;
  readonly goldstein: number;
  readonly magnitude: Magnitude;
  /** Independent publishers reporting it; at least one counts. */
  readonly sources: number;
  readonly occurredAt: string;
  /** When it stopped counting: a cancelled round is no intent to meet from its cancellation on. */
  readonly until?: string;
}

export interface TensionParameters {
  /** Days after which a development weighs half. */
  readonly halfLifeDays: number;
  /** Conflict at which the index reads 50 when there is no cooperation. */
  readonly scale: number;
  /** What counts as one unit of size, per magnitude figure. */
  readonly magnitudeUnits: Readonly<Record<keyof Magnitude, number>>;
}

export const DEFAULT_TENSION_PARAMETERS: TensionParameters = {
  halfLifeDays: 14,
  scale: 25,
  magnitudeUnits: { casualties: 1, count: 1, areaKm2: 100, damageUsd: 10_000_000 },
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
  /** |goldstein| × magnitude × sourceWeight × decay, added to its channel. */
  readonly contribution: number;
  readonly occurredAt: string;
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
  /** Largest first. */
  readonly contributions: readonly Contribution[];
}

const DAY_MS = 86_400_000;

export function magnitudeFactor(magnitude: Magnitude, units: TensionParameters['magnitudeUnits']): number {
  const size = Math.max(
    0,
    ...(Object.keys(units) as (keyof Magnitude)[]).map((k) => Math.max(0, magnitude[k] ?? 0) / units[k]),
  );
  return 1 + Math.log10(1 + size);
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
  Math.abs(input.goldstein) * magnitudeFactor(input.magnitude, parameters.magnitudeUnits) * sourceWeight(input.sources);

export const channelOf = (goldstein: number): Channel => (goldstein < 0 ? 'conflict' : 'cooperation');

/**
 * log2 of the weight decayed back to the Unix epoch. Every development decays by the same factor
 * between two moments, so at any moment after they all happened, a higher rank is a larger contribution:
 * the order of contributions can be stored once instead of sorted at every reading.
 */
export const tensionRank = (input: TensionInput, parameters: TensionParameters = DEFAULT_TENSION_PARAMETERS): number =>
  Math.log2(undecayedWeight(input, parameters)) + Date.parse(input.occurredAt) / DAY_MS / parameters.halfLifeDays;

/** What one development adds at `asOf`; null when it had not happened yet, had stopped counting, or is neutral. */
export function contributionOf(
  input: TensionInput,
  asOf: string,
  parameters: TensionParameters = DEFAULT_TENSION_PARAMETERS,
): Contribution | null {
  if (input.goldstein === 0 || Date.parse(input.occurredAt) > Date.parse(asOf)) return null;
  if (input.until !== undefined && Date.parse(input.until) <= Date.parse(asOf)) return null;
  const magnitude = magnitudeFactor(input.magnitude, parameters.magnitudeUnits);
  const weight = sourceWeight(input.sources);
  const decay = decayBetween(input.occurredAt, asOf, parameters.halfLifeDays);
  return {
    eventId: input.eventId,
    kind: input.kind,
    cameoCode: input.cameoCode,
    goldstein: input.goldstein,
    channel: channelOf(input.goldstein),
    magnitude,
    sourceWeight: weight,
    decay,
    contribution: Math.abs(input.goldstein) * magnitude * weight * decay,
    occurredAt: input.occurredAt,
  };
}

/** 100 × conflict / (conflict + cooperation + scale): bounded, and cooperation damps without cancelling. */
export function indexValue(conflict: number, cooperation: number, scale: number): number {
  return (100 * conflict) / (conflict + cooperation + scale);
}

export const levelOf = (value: number): Level => LEVELS.find((l) => value < l.below)!.level;

export function readTension(
  inputs: Iterable<TensionInput>,
  asOf: string,
  parameters: TensionParameters = DEFAULT_TENSION_PARAMETERS,
): TensionReading {
  const contributions: Contribution[] = [];
  for (const input of inputs) {
    const c = contributionOf(input, asOf, parameters);
    if (c) contributions.push(c);
  }
  contributions.sort((a, b) => b.contribution - a.contribution || a.eventId.localeCompare(b.eventId));
  const total = (channel: Channel) =>
    contributions.filter((c) => c.channel === channel).reduce((sum, c) => sum + c.contribution, 0);
  const conflict = total('conflict');
  const cooperation = total('cooperation');
  const value = indexValue(conflict, cooperation, parameters.scale);
  return { value, level: levelOf(value), conflict, cooperation, contributions };
}
