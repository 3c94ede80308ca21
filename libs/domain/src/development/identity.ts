import { DatePrecision } from './development-kinds';
import { windowOf } from './time-window';
import { Magnitude, figuresByField } from './magnitude';
import { Location, placeName } from '../place/place';

/**
 * What decides whether two reports tell of one development: what happened (kind, stage or the details
 * that tell its kind's events apart), who did it to whom, its CAMEO code, when, where, and its figures.
 */
export interface IdentityFacts {
  readonly kind: string;
  /** The details that tell two events of the kind apart, by field, normalised: `{ 'details.stage': 'violated' }`. */
  readonly variant: Readonly<Record<string, string>>;
  readonly actors: readonly string[];
  readonly targets: readonly string[];
  readonly cameoCode: string;
  readonly occurredAt: string;
  readonly datePrecision: DatePrecision;
  readonly location: string | null;
  /** The figures reported, by field: `{ 'magnitude.casualties': 31 }`, `{ 'returned[RUS].count': 307 }`. */
  readonly figures: Readonly<Record<string, number>>;
}

/** A figure a corroborating report gives otherwise than the first: both are kept and shown. */
export interface DisputedFigure {
  readonly field: string;
  readonly value: number;
  /** The figure of the development as first recorded. */
  readonly recorded: number;
}

export type Comparison =
  | { readonly outcome: 'same'; readonly matched: readonly string[] }
  | { readonly outcome: 'disputed'; readonly matched: readonly string[]; readonly disputed: readonly DisputedFigure[] }
  | { readonly outcome: 'different'; readonly field: string; readonly reason: string };

/**
 * The detail fields that tell two events of a kind apart, where the kind has no `details.stage`. Two
 * strikes differ by their code (air or artillery); two reports rarely agree on a strike's means.
 */
const DISTINGUISHING: Readonly<Record<string, readonly string[]>> = {
  air_defence_interception: ['projectile'],
  territorial_change: ['change'],
  sabotage: ['infrastructure'],
  personnel_change: ['person', 'change'],
  arms_supply_decision: ['system'],
  threat_assessment: ['publisher', 'title'],
  diplomatic_meeting: ['format'],
  proposal: ['subject'],
};

/** What a kind's fields are called in its requests, where not as for every development. */
const FIELD_NAMES: Readonly<Record<string, Partial<Record<'actors' | 'occurredAt', string>>>> = {
  statement: { occurredAt: 'madeAt' },
  prisoner_exchange: { actors: 'returned' },
};

export const fieldName = (kind: string, field: 'actors' | 'occurredAt'): string => FIELD_NAMES[kind]?.[field] ?? field;

/** Text as two outlets may both give it: case, spacing and punctuation aside ("Putin is playing with fire!"). */
export const normalisedText = (text: string): string =>
  text.normalize('NFKC').toLowerCase().replace(/[\p{P}\s]+/gu, ' ').trim();

const normalisedValue = (value: unknown): string | null =>
  typeof value === 'string'
    ? normalisedText(value)
    : Array.isArray(value)
      ? value.map((v) => normalisedValue(v)).sort().join(',')
      : value === undefined || value === null
        ? null
        : String(value);

/** A kind's distinguishing details: its stage where it has one, else the fields listed for it. */
export function variantOf(kind: string, details: Readonly<Record<string, unknown>>): Record<string, string> {
  const fields = typeof details.stage === 'string' ? ['stage'] : (DISTINGUISHING[kind] ?? []);
  return Object.fromEntries(
    fields.flatMap((field) => {
      const value = normalisedValue(details[field]);
      return value === null ? [] : [[`details.${field}`, value]];
    }),
  );
}

/**
 * A development's figures by field: its magnitude (a split figure by its total and by each side, so
 * a report of the total and one of the sides are compared on what both give), and for an exchange
 * how many went home to each side.
 */
export const figuresOf = (magnitude: Magnitude, returned: readonly { to: string; count: number }[] = []): Record<string, number> => ({
  ...figuresByField(magnitude),
  ...Object.fromEntries(returned.map((r) => [`returned[${r.to}].count`, r.count])),
});

/** What a correction changes of a development's identity. */
export interface IdentityChanges {
  readonly occurredAt?: string;
  readonly datePrecision?: DatePrecision;
  readonly location?: Location;
  readonly targets?: readonly string[];
  readonly magnitude?: Magnitude;
  readonly cameo?: { readonly code: string };
  readonly quote?: string;
  readonly returned?: readonly { to: string; count: number }[];
}

export function correctedIdentity(identity: IdentityFacts, changes: IdentityChanges): IdentityFacts {
  const { occurredAt, datePrecision, location, targets, magnitude, cameo, quote, returned } = changes;
  return {
    ...identity,
    ...(occurredAt === undefined ? {} : { occurredAt }),
    ...(datePrecision === undefined ? {} : { datePrecision }),
    ...(location === undefined ? {} : { location: placeName(location) }),
    ...(targets === undefined ? {} : { targets }),
    ...(cameo === undefined ? {} : { cameoCode: cameo.code }),
    ...(quote === undefined ? {} : { variant: { ...identity.variant, quote: normalisedText(quote) } }),
    ...(returned === undefined ? {} : { actors: returned.map((r) => r.to) }),
    figures: { ...identity.figures, ...figuresOf(magnitude ?? {}, returned) },
  };
}

const overlap = ([a1, a2]: readonly [number, number], [b1, b2]: readonly [number, number]): boolean => a1 <= b2 && b1 <= a2;

const sameSet = (a: readonly string[], b: readonly string[]): boolean => {
  const left = [...new Set(a)].sort();
  const right = [...new Set(b)].sort();
  return left.length === right.length && left.every((code, i) => code === right[i]);
};

/**
 * Figures of one event told by two outlets differ by little (a toll of 31 against 26); figures an order
 * apart (500 returned against 10) are two events.
 */
export const closeFigures = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(2, Math.max(a, b) / 2);

const different = (field: string, reason: string): Comparison => ({ outcome: 'different', field, reason });

/** Whether `report` tells of the development `recorded` was recorded from, and why (not). */
export function compareIdentity(report: IdentityFacts, recorded: IdentityFacts): Comparison {
  if (report.kind !== recorded.kind) return different('kind', `is ${report.kind}, not ${recorded.kind}`);
  const matched = ['kind'];
  for (const field of new Set([...Object.keys(report.variant), ...Object.keys(recorded.variant)])) {
    if (report.variant[field] !== recorded.variant[field]) {
      return different(field, `is ${report.variant[field] ?? 'not given'}, not ${recorded.variant[field] ?? 'not given'}`);
    }
    matched.push(field);
  }
  const actors = fieldName(report.kind, 'actors');
  if (!sameSet(report.actors, recorded.actors)) {
    return different(actors, `names ${report.actors.join(', ')}, not ${recorded.actors.join(', ')}`);
  }
  if (!sameSet(report.targets, recorded.targets)) {
    return different('targets', `names ${report.targets.join(', ') || 'none'}, not ${recorded.targets.join(', ') || 'none'}`);
  }
  if (report.cameoCode !== recorded.cameoCode) return different('cameoCode', `is ${report.cameoCode}, not ${recorded.cameoCode}`);
  matched.push(actors, 'targets', 'cameoCode');
  const occurredAt = fieldName(report.kind, 'occurredAt');
  if (!overlap(windowOf(report.occurredAt, report.datePrecision), windowOf(recorded.occurredAt, recorded.datePrecision))) {
    return different(occurredAt, `${report.occurredAt} (${report.datePrecision}) does not overlap ${recorded.occurredAt} (${recorded.datePrecision})`);
  }
  matched.push(occurredAt);
  const [place, other] = [report.location, recorded.location].map((l) => (l === null ? null : normalisedText(l)));
  if (place !== null && other !== null) {
    if (place !== other) return different('location', `is ${report.location}, not ${recorded.location}`);
    matched.push('location');
  }
  return compareFigures(report, recorded, matched);
}

function compareFigures(report: IdentityFacts, recorded: IdentityFacts, matched: string[]): Comparison {
  const disputed: DisputedFigure[] = [];
  for (const [field, value] of Object.entries(report.figures)) {
    const first = recorded.figures[field];
    if (first === undefined) continue;
    if (first === value) {
      matched.push(field);
    } else if (closeFigures(value, first)) {
      disputed.push({ field, value, recorded: first });
    } else {
      return different(field, `is ${value}, too far from ${first} to be the same event`);
    }
  }
  return disputed.length > 0 ? { outcome: 'disputed', matched, disputed } : { outcome: 'same', matched };
}

/** The development a report corroborates among the candidates, the first recorded first; null for a new one. */
export function findCorroborated<C extends { readonly identity: IdentityFacts }>(
  report: IdentityFacts,
  candidates: readonly C[],
): { candidate: C; comparison: Exclude<Comparison, { outcome: 'different' }> } | null {
  for (const candidate of candidates) {
    const comparison = compareIdentity(report, candidate.identity);
    if (comparison.outcome !== 'different') return { candidate, comparison };
  }
  return null;
}
