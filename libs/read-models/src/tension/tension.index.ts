import {
  Cameo,
  DEFAULT_TENSION_PARAMETERS,
  Magnitude,
  TensionInput,
  channelOf,
  decayBetween,
  tensionRank,
  undecayedWeight,
} from '@parley/domain';
import { DocumentIndex, NO_INDEX } from '../projection';

/**
 * What the developments read model keeps for the tension index, so that a reading adds up a few
 * dozen sums instead of every development of a dyad: per dyad, per direction and for everyone, each
 * development's weight decayed to the start of its month and of its day (whole billionths, so sums are
 * exact in any order), and its rank among the dyad's contributions. docs/tension-index.md explains why
 * this gives the same reading as the formula.
 */
export const TENSION_UNIT = 1e-9;

export const tensionSubject = {
  dyad: (dyad: string) => `dyad:${dyad}`,
  pair: (pair: string) => `pair:${pair}`,
  everyone: 'all',
};

/**
 * Developments are summed per calendar year, per month within its year and per day within its month
 * (UTC), each weight decayed to the end of its bucket (so never above itself, and rounding to the
 * billionth never costs more than a billionth of the reading). A reading at T takes the years before T's
 * year, the months of T's year before T's month and the days of T's month before T's day: at most a
 * few dozen sums per subject, however long the history. Keys lead with the bucket's kind and the
 * period it falls in, so those three sets are three key ranges.
 */
type Grain = 'year' | 'month' | 'day';

const GRAINS: readonly { grain: Grain; length: number; prefix: (label: string) => string }[] = [
  { grain: 'year', length: 4, prefix: () => 'y/' },
  { grain: 'month', length: 7, prefix: (label) => `m/${label.slice(0, 4)}/` },
  { grain: 'day', length: 10, prefix: (label) => `d/${label.slice(0, 7)}/` },
];

const grainOf = (label: string) => GRAINS.find((g) => g.length === label.length)!;

const ENDS_KEPT = 10_000;
const ends = new Map<string, string>();

/**
 * The first instant after a bucket: where its weights are decayed to. Remembered by label, ten
 * thousand at most before the memory is cleared: every development written asks for three, and most
 * of a batch's share them.
 */
export function bucketEnd(label: string): string {
  let end = ends.get(label);
  if (end === undefined) {
    if (ends.size >= ENDS_KEPT) ends.clear();
    ends.set(label, (end = endOf(label)));
  }
  return end;
}

function endOf(label: string): string {
  const [year, month = 1, day = 1] = label.split('-').map(Number);
  const grain = grainOf(label).grain;
  const end = new Date(Date.UTC(year + (grain === 'year' ? 1 : 0), month - 1 + (grain === 'month' ? 1 : 0), day + (grain === 'day' ? 1 : 0)));
  return end.toISOString();
}

/** The key of a subject's bucket: `m/2025/dyad:RUS-UKR/2025-06`. */
export const bucketKey = (subject: string, label: string): string => `${grainOf(label).prefix(label)}${subject}/${label}`;

/** The key ranges a reading at `asOf` sums, for subjects starting with `subject`. */
export const readingPrefixes = (subject: string, asOf: string): string[] =>
  GRAINS.map((g) => `${g.prefix(asOf.slice(0, g.length))}${subject}`);

/** Whether a bucket ended before `asOf`'s day: the day itself, and anything later, are read from documents. */
export const bucketBefore = (label: string, asOf: string): boolean => label < asOf.slice(0, label.length);

/** The subject and bucket label a key names. */
export function parseBucketKey(key: string): { subject: string; label: string } {
  const label = key.slice(key.lastIndexOf('/') + 1);
  return { subject: key.slice(grainOf(label).prefix(label).length, key.lastIndexOf('/')), label };
}

/** What the index reads of a development document (the developments read model's DevelopmentView). */
export interface TensionDocument {
  readonly id: string;
  readonly kind: string;
  readonly cameo: Cameo;
  readonly magnitude: Magnitude;
  readonly independentSources: number;
  readonly occurredAt: string;
  /** Its UTC day. */
  readonly occurredOn: string;
  readonly dyads: readonly string[];
  readonly pairs: readonly string[];
  readonly retracted: boolean;
  /** A cancelled round's carry `cancelledAt`. */
  readonly details: Readonly<Record<string, unknown>>;
}

const detail = (d: TensionDocument, name: string): string | null => (typeof d.details[name] === 'string' ? (d.details[name] as string) : null);

export const toTensionInput = (d: TensionDocument): TensionInput => ({
  eventId: d.id,
  kind: d.kind,
  cameoCode: d.cameo.code,
  goldstein: d.cameo.goldstein,
  magnitude: d.magnitude,
  sources: d.independentSources,
  occurredAt: d.occurredAt,
  stage: detail(d, 'stage'),
  scope: detail(d, 'scope'),
  ...(typeof d.details.cancelledAt === 'string' ? { until: d.details.cancelledAt } : {}),
});

/** What each bucket sums: the weights of each channel, and how many developments. */
export const TENSION_TOTAL_NAMES = ['conflict', 'cooperation', 'count'] as const;

/** Fixed width, so that ranks compare as text the way they do as numbers (for any date in the last 30,000 years). */
const rankText = (rank: number) => (rank + 1e6).toFixed(9).padStart(20, '0');

export function tensionIndex(doc: TensionDocument): DocumentIndex {
  const input = toTensionInput(doc);
  // The sums serve readings from now on, and a cancellation is never later than now: none counts it.
  if (doc.retracted || doc.dyads.length === 0 || input.goldstein === 0 || input.until !== undefined) return NO_INDEX;
  const subjects = [...doc.dyads.map(tensionSubject.dyad), ...doc.pairs.map(tensionSubject.pair)];
  const weight = undecayedWeight(input, DEFAULT_TENSION_PARAMETERS);
  const rank = rankText(tensionRank(input, DEFAULT_TENSION_PARAMETERS));
  // The same weight goes to every subject's bucket: decayed once per bucket, not once per subject.
  const buckets = GRAINS.map((g) => {
    const label = doc.occurredOn.slice(0, g.length);
    const decayed = weight * decayBetween(input.occurredAt, bucketEnd(label), DEFAULT_TENSION_PARAMETERS.halfLifeDays);
    return { label, values: { [channelOf(input.goldstein)]: Math.round(decayed / TENSION_UNIT), count: 1 } };
  });
  return {
    totals: [...subjects, tensionSubject.everyone].flatMap((subject) =>
      buckets.map(({ label, values }) => ({ key: bucketKey(subject, label), values })),
    ),
    rankings: subjects.map((key) => ({ key, rank })),
  };
}
