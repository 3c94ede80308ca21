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

/** A bucket is a month (2025-06) or a day (2025-06-02) of occurredAt, in UTC. */
export const bucketStart = (bucket: string): string =>
  bucket.length === 7 ? `${bucket}-01T00:00:00.000Z` : `${bucket}T00:00:00.000Z`;

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
}

export const toTensionInput = (d: TensionDocument): TensionInput => ({
  eventId: d.id,
  kind: d.kind,
  cameoCode: d.cameo.code,
  goldstein: d.cameo.goldstein,
  magnitude: d.magnitude,
  sources: d.independentSources,
  occurredAt: d.occurredAt,
});

/** Fixed width, so that ranks compare as text the way they do as numbers (for any date in the last 30,000 years). */
const rankText = (rank: number) => (rank + 1e6).toFixed(9).padStart(20, '0');

export function tensionIndex(doc: TensionDocument): DocumentIndex {
  const input = toTensionInput(doc);
  if (doc.retracted || doc.dyads.length === 0 || input.goldstein === 0) return NO_INDEX;
  const subjects = [...doc.dyads.map(tensionSubject.dyad), ...doc.pairs.map(tensionSubject.pair)];
  const weight = undecayedWeight(input, DEFAULT_TENSION_PARAMETERS);
  const valuesFrom = (bucket: string) => ({
    [channelOf(input.goldstein)]: Math.round(
      (weight * decayBetween(input.occurredAt, bucketStart(bucket), DEFAULT_TENSION_PARAMETERS.halfLifeDays)) / TENSION_UNIT,
    ),
    count: 1,
  });
  const buckets = [doc.occurredOn.slice(0, 7), doc.occurredOn];
  return {
    totals: [...subjects, tensionSubject.everyone].flatMap((subject) =>
      buckets.map((bucket) => ({ key: `${subject}/${bucket}`, values: valuesFrom(bucket) })),
    ),
    rankings: subjects.map((key) => ({ key, rank: rankText(tensionRank(input, DEFAULT_TENSION_PARAMETERS)) })),
  };
}
