import {
  CAMEO_TABLE_VERSION,
  Contribution,
  DEFAULT_TENSION_PARAMETERS,
  Interval,
  TensionInput,
  TensionReading,
  contributionOf,
  decayBetween,
  indexValue,
  levelOf,
  monthlyTrend,
  readTension,
  tensionHistory,
} from '@parley/domain';
import { Condition, DocumentReader, Total } from '../document-query';
import { DEVELOPMENTS, DevelopmentView } from '../developments/developments.projection';
import { TENSION_UNIT, bucketBefore, bucketEnd, parseBucketKey, readingPrefixes, tensionSubject, toTensionInput } from './tension.index';

/**
 * The tension index is read from the developments read model: its documents carry the CAMEO weight,
 * size, independent sources and corrections of each development, and drop retracted ones. Decay
 * depends on the moment of reading, so the index itself is computed at query time: from the sums
 * the read model keeps per year, month and day (tension.index.ts) and, for the day being read, from
 * that day's developments.
 *
 * The read model's sums and ranks are built with the default parameters, so those are the ones a
 * reading uses; changing them means changing the code, raising the developments read model's version
 * and letting it rebuild.
 */
const parameters = DEFAULT_TENSION_PARAMETERS;

async function docsWhere(reader: DocumentReader, conditions: Condition[]): Promise<DevelopmentView[]> {
  return reader.find<DevelopmentView>(DEVELOPMENTS, { where: [{ field: 'retracted', op: 'eq', value: false }, ...conditions], orderBy: [] });
}

const inputsWhere = async (reader: DocumentReader, conditions: Condition[]): Promise<TensionInput[]> =>
  (await docsWhere(reader, conditions)).map(toTensionInput);

/** A dyad's developments, or one direction of it: `from` the actor towards the other. */
function pairOf(dyad: string, from?: string): { subject: string; condition: Condition } {
  if (!from) return { subject: tensionSubject.dyad(dyad), condition: { field: 'dyads', op: 'contains', value: dyad } };
  const pair = `${from}>${dyad.split('-').find((a) => a !== from)}`;
  return { subject: tensionSubject.pair(pair), condition: { field: 'pairs', op: 'contains', value: pair } };
}

interface ChannelSums {
  count: number;
  conflict: number;
  cooperation: number;
}

/** The buckets that ended before `asOf`'s day, each decayed from its end to `asOf`. */
function sumsAt(totals: readonly Total[], asOf: string): ChannelSums {
  const sums: ChannelSums = { count: 0, conflict: 0, cooperation: 0 };
  for (const { key, values } of totals) {
    const { label } = parseBucketKey(key);
    if (!bucketBefore(label, asOf)) continue;
    const decay = decayBetween(bucketEnd(label), asOf, parameters.halfLifeDays);
    sums.count += values.count ?? 0;
    sums.conflict += (values.conflict ?? 0) * TENSION_UNIT * decay;
    sums.cooperation += (values.cooperation ?? 0) * TENSION_UNIT * decay;
  }
  return sums;
}

/** The sums of earlier buckets and the reading of the day of `asOf` itself, up to that instant. */
const combined = (sums: ChannelSums, today: TensionReading): ChannelSums => ({
  count: sums.count + today.contributions.length,
  conflict: sums.conflict + today.conflict,
  cooperation: sums.cooperation + today.cooperation,
});

/** The day of `asOf` up to that instant: the one part of a reading no stored sum covers. */
const dayOf = (asOf: string): Condition[] => [
  { field: 'occurredOn', op: 'eq', value: asOf.slice(0, 10) },
  { field: 'occurredAt', op: 'lte', value: asOf },
];

async function channelSums(reader: DocumentReader, subject: string, condition: Condition, asOf: string): Promise<ChannelSums> {
  const [totals, today] = await Promise.all([
    reader.totals(DEVELOPMENTS, readingPrefixes(`${subject}/`, asOf)),
    inputsWhere(reader, [condition, ...dayOf(asOf)]),
  ]);
  return combined(sumsAt(totals, asOf), readTension(today, asOf, parameters));
}

/** The largest contributions at `asOf`, read in the order the read model keeps them. */
async function largestContributions(reader: DocumentReader, subject: string, asOf: string, limit: number): Promise<Contribution[]> {
  const docs = await reader.ranked<DevelopmentView>(DEVELOPMENTS, subject, {
    where: [{ field: 'occurredAt', op: 'lte', value: asOf }],
    limit,
  });
  return docs.map((d) => contributionOf(toTensionInput(d), asOf, parameters)).filter((c): c is Contribution => c !== null);
}

export interface TensionSettings {
  readonly asOf: string;
}

const settingsOf = ({ asOf }: TensionSettings) => ({
  asOf,
  halfLifeDays: parameters.halfLifeDays,
  scale: parameters.scale,
  tableVersion: CAMEO_TABLE_VERSION,
});

const reading = ({ conflict, cooperation }: { conflict: number; cooperation: number }) => {
  const value = indexValue(conflict, cooperation, parameters.scale);
  return { value, level: levelOf(value), conflict, cooperation };
};

export interface DyadTension {
  dyad: string;
  direction: string | null;
  value: number;
  level: string;
  conflict: number;
  cooperation: number;
  asOf: string;
  halfLifeDays: number;
  scale: number;
  tableVersion: string;
  contributionCount: number;
  /** The largest, first; `limit` of them. */
  contributions: readonly Contribution[];
  /** What the contributions left out of the list add up to, so every number still adds up. */
  unlisted: ChannelSums;
}

export async function dyadTension(
  reader: DocumentReader,
  dyad: string,
  settings: TensionSettings & { from?: string; limit: number },
): Promise<DyadTension> {
  const { subject, condition } = pairOf(dyad, settings.from);
  const [sums, contributions] = await Promise.all([
    channelSums(reader, subject, condition, settings.asOf),
    largestContributions(reader, subject, settings.asOf, settings.limit),
  ]);
  const listed = (channel: string) => contributions.filter((c) => c.channel === channel).reduce((sum, c) => sum + c.contribution, 0);
  const unlistedCount = sums.count - contributions.length;
  return {
    dyad,
    direction: settings.from ? subject.slice(tensionSubject.pair('').length) : null,
    ...reading(sums),
    ...settingsOf(settings),
    contributionCount: sums.count,
    contributions,
    unlisted:
      unlistedCount === 0
        ? { count: 0, conflict: 0, cooperation: 0 }
        : { count: unlistedCount, conflict: sums.conflict - listed('conflict'), cooperation: sums.cooperation - listed('cooperation') },
  };
}

export async function dyadHistory(
  reader: DocumentReader,
  dyad: string,
  settings: TensionSettings & { from: string; to: string; interval: Interval },
) {
  const inputs = await inputsWhere(reader, [pairOf(dyad).condition, { field: 'occurredAt', op: 'lte', value: settings.asOf }]);
  const points = tensionHistory(inputs, settings.from, settings.to, settings.interval, parameters);
  return { dyad, interval: settings.interval, points };
}

export async function dyadTrend(reader: DocumentReader, dyad: string, settings: TensionSettings & { month: string }) {
  const inputs = await inputsWhere(reader, [pairOf(dyad).condition, { field: 'occurredAt', op: 'lte', value: settings.asOf }]);
  return { dyad, ...monthlyTrend(inputs, settings.month, parameters) };
}

/**
 * Every dyad, and the overall index of a conflict: developments between two actors of the set, each
 * once. With no set, everyone: all from sums. A set's overall index reads its developments, since a
 * development with several targets in the set must count once, which no per-dyad sum can tell.
 */
export async function tensionOverview(reader: DocumentReader, settings: TensionSettings & { actors?: readonly string[] }) {
  const { asOf, actors } = settings;
  const inSet = (actor: string) => !actors || actors.includes(actor);
  const [totals, everyone, today] = await Promise.all([
    reader.totals(DEVELOPMENTS, readingPrefixes(tensionSubject.dyad(''), asOf)),
    reader.totals(DEVELOPMENTS, readingPrefixes(`${tensionSubject.everyone}/`, asOf)),
    docsWhere(reader, dayOf(asOf)),
  ]);
  const byDyad = new Map<string, Total[]>();
  for (const total of totals) {
    const dyad = parseBucketKey(total.key).subject.slice(tensionSubject.dyad('').length);
    if (dyad.split('-').every(inSet)) byDyad.set(dyad, [...(byDyad.get(dyad) ?? []), total]);
  }
  const todayOf = (dyad: string) => today.filter((d) => d.dyads.includes(dyad)).map(toTensionInput);
  const overall = actors
    ? readTension(
        (await docsWhere(reader, [{ field: 'occurredAt', op: 'lte', value: asOf }]))
          .filter((d) => d.dyads.some((dyad) => dyad.split('-').every(inSet)))
          .map(toTensionInput),
        asOf,
        parameters,
      )
    : combined(sumsAt(everyone, asOf), readTension(today.filter((d) => d.dyads.length > 0).map(toTensionInput), asOf, parameters));
  return {
    ...settingsOf(settings),
    overall: { actors: actors ?? null, ...reading(overall) },
    dyads: [...new Set([...byDyad.keys(), ...today.flatMap((d) => d.dyads).filter((dyad) => dyad.split('-').every(inSet))])]
      .map((dyad) => ({ dyad, ...reading(combined(sumsAt(byDyad.get(dyad) ?? [], asOf), readTension(todayOf(dyad), asOf, parameters))) }))
      .filter((d) => d.conflict + d.cooperation > 0)
      .sort((a, b) => b.value - a.value || a.dyad.localeCompare(b.dyad)),
  };
}
