import {
  CAMEO_TABLE_VERSION,
  Contribution,
  DeEscalation,
  DEFAULT_TENSION_PARAMETERS,
  Interval,
  TensionInput,
  contributionOf,
  decayBetween,
  indexValue,
  levelOf,
  monthlyTrend,
  tensionHistory,
} from '@parley/domain';
import { Condition, DocumentReader, Total, memoized } from '../document-query';
import { DEVELOPMENTS, DevelopmentView } from '../developments/developments.projection';
import { GroupBacking, backingsOf } from './backings';
import { TENSION_UNIT, bucketBefore, bucketEnd, parseBucketKey, readingPrefixes, tensionSubject, toTensionInput } from './tension.index';
import { Part, deEscalationOf, deEscalations, dyadsThroughBackings, partsOf, upTo } from './tension.parts';

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

const inRange = (after: string | null, through: string): Condition[] => [
  ...(after ? [{ field: 'occurredAt', op: 'gt', value: after } as const] : []),
  { field: 'occurredAt', op: 'lte', value: through },
];

/** A part's developments as the formula's inputs, named by the group they count through. */
const asInputs = (part: Part, docs: readonly DevelopmentView[]): TensionInput[] =>
  docs.map((d) => ({ ...toTensionInput(d), ...(part.via ? { via: part.via, attribution: part.attribution } : {}) }));

const partInputs = async (reader: DocumentReader, part: Part): Promise<TensionInput[]> =>
  asInputs(part, await docsWhere(reader, [part.condition, ...inRange(part.after, part.through)]));

interface ChannelSums {
  count: number;
  conflict: number;
  cooperation: number;
}

const NONE: ChannelSums = { count: 0, conflict: 0, cooperation: 0 };

const scaled = (s: ChannelSums, factor: number): ChannelSums => ({
  count: s.count,
  conflict: s.conflict * factor,
  cooperation: s.cooperation * factor,
});

const added = (a: ChannelSums, b: ChannelSums): ChannelSums => ({
  count: a.count + b.count,
  conflict: a.conflict + b.conflict,
  cooperation: a.cooperation + b.cooperation,
});

const decayedTo = (s: ChannelSums, from: string, to: string) => scaled(s, decayBetween(from, to, parameters.halfLifeDays));

/** The buckets that ended before `asOf`'s day, each decayed from its end to `asOf`. */
function bucketSums(totals: readonly Total[], asOf: string): ChannelSums {
  let sums = NONE;
  for (const { key, values } of totals) {
    const { label } = parseBucketKey(key);
    if (!bucketBefore(label, asOf)) continue;
    const decay = decayBetween(bucketEnd(label), asOf, parameters.halfLifeDays);
    sums = added(sums, { count: values.count ?? 0, conflict: (values.conflict ?? 0) * TENSION_UNIT * decay, cooperation: (values.cooperation ?? 0) * TENSION_UNIT * decay });
  }
  return sums;
}

/** The channels as the developments alone make them, before any de-escalation or attribution. */
function summed(inputs: readonly TensionInput[], asOf: string): ChannelSums {
  let sums = NONE;
  for (const input of inputs) {
    const c = contributionOf(input, asOf, parameters);
    if (c) sums = added(sums, { count: 1, conflict: 0, cooperation: 0, [c.channel]: c.contribution });
  }
  return sums;
}

/**
 * The developments of `at`'s day, the one part of a reading no stored sum covers, read whole: the
 * query is then the same for every moment of the day (a reader that caches answers it from memory),
 * and those after `at` are left out here.
 */
const dayOf = (at: string): Condition => ({ field: 'occurredOn', op: 'eq', value: at.slice(0, 10) });

/** Everything a subject holds up to `at`, decayed to `at`: earlier buckets' sums and that day's developments. */
async function sumsAt(reader: DocumentReader, part: Part, at: string): Promise<ChannelSums> {
  const [totals, today] = await Promise.all([
    reader.totals(DEVELOPMENTS, readingPrefixes(`${part.subject}/`, at)),
    docsWhere(reader, [part.condition, dayOf(at)]).then((docs) => upTo(docs, at).map(toTensionInput)),
  ]);
  return added(bucketSums(totals, at), summed(today, at));
}

/** A part's developments in (`after`, `through`], decayed to `asOf`: two readings of its sums, one subtracted. */
async function rangeSums(reader: DocumentReader, part: Part, after: string | null, through: string, asOf: string): Promise<ChannelSums> {
  if (after !== null && Date.parse(through) <= Date.parse(after)) return NONE;
  const [end, start] = await Promise.all([sumsAt(reader, part, through), after ? sumsAt(reader, part, after) : NONE]);
  const before = decayedTo(start, after ?? through, through);
  const within = { count: end.count - before.count, conflict: Math.max(0, end.conflict - before.conflict), cooperation: Math.max(0, end.cooperation - before.cooperation) };
  return decayedTo(within, through, asOf);
}

/** A part split where the de-escalation's reach ends: what it sets aside, and what came after. */
function piecesOf(part: Part, deEscalation: DeEscalation | null): { after: string | null; through: string; relief: number }[] {
  const boundary = deEscalation?.setsAsideThrough;
  if (!deEscalation || !boundary || (part.after !== null && Date.parse(boundary) <= Date.parse(part.after))) {
    return [{ after: part.after, through: part.through, relief: 1 }];
  }
  const reach = Date.parse(boundary) < Date.parse(part.through) ? boundary : part.through;
  return [
    { after: part.after, through: reach, relief: 1 - deEscalation.strength },
    ...(reach === boundary && boundary !== part.through ? [{ after: boundary, through: part.through, relief: 1 }] : []),
  ];
}

interface DyadSums {
  readonly sums: ChannelSums;
  readonly setAside: number;
}

/** A dyad's channels at `asOf` from its parts' sums, attribution applied, and the conflict a de-escalation sets aside. */
async function dyadSums(reader: DocumentReader, parts: readonly Part[], deEscalation: DeEscalation | null, asOf: string): Promise<DyadSums> {
  const pieces = parts.flatMap((part) => piecesOf(part, deEscalation).map((piece) => ({ part, piece })));
  const each = await Promise.all(
    pieces.map(async ({ part, piece }) => {
      const sums = scaled(await rangeSums(reader, part, piece.after, piece.through, asOf), part.attribution);
      return { sums, setAside: sums.conflict * (1 - piece.relief) };
    }),
  );
  return { sums: each.reduce((sum, e) => added(sum, e.sums), NONE), setAside: each.reduce((sum, e) => sum + e.setAside, 0) };
}

/** The largest contributions of every part, each read in the order the read model keeps. */
async function largestContributions(reader: DocumentReader, parts: readonly Part[], deEscalation: DeEscalation | null, asOf: string, limit: number): Promise<Contribution[]> {
  const ranked = await Promise.all(
    parts.map(async (part) => asInputs(part, await reader.ranked<DevelopmentView>(DEVELOPMENTS, part.subject, { where: inRange(part.after, part.through), limit }))),
  );
  return ranked
    .flat()
    .map((input) => contributionOf(input, asOf, parameters, deEscalation))
    .filter((c): c is Contribution => c !== null)
    .sort((a, b) => b.contribution - a.contribution || a.eventId.localeCompare(b.eventId))
    .slice(0, limit);
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

const reading = ({ conflict, cooperation }: { conflict: number; cooperation: number }, setAside = 0) => {
  const value = indexValue(conflict, cooperation, parameters.scale, setAside);
  return { value, level: levelOf(value), conflict, cooperation, setAside };
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
  /** Conflict the de-escalation in force takes off the numerator. */
  setAside: number;
  /** The ceasefire or agreement in force, and how much earlier conflict it sets aside at `asOf`. */
  deEscalation: (DeEscalation & { setAside: number }) | null;
}

export async function dyadTension(
  reader: DocumentReader,
  dyad: string,
  settings: TensionSettings & { from?: string; limit: number },
): Promise<DyadTension> {
  const { asOf } = settings;
  const [backings, deEscalation] = await Promise.all([backingsOf(reader), deEscalationOf(reader, dyad, asOf)]);
  const parts = partsOf(backings, dyad, asOf, settings.from);
  const [{ sums, setAside }, contributions] = await Promise.all([
    dyadSums(reader, parts, deEscalation, asOf),
    largestContributions(reader, parts, deEscalation, asOf, settings.limit),
  ]);
  const listed = (channel: string) => contributions.filter((c) => c.channel === channel).reduce((sum, c) => sum + c.contribution, 0);
  const unlistedCount = sums.count - contributions.length;
  return {
    dyad,
    direction: settings.from ? parts[0].subject.slice(tensionSubject.pair('').length) : null,
    ...reading(sums, setAside),
    ...settingsOf(settings),
    contributionCount: sums.count,
    contributions,
    unlisted:
      unlistedCount === 0
        ? { count: 0, conflict: 0, cooperation: 0 }
        : { count: unlistedCount, conflict: sums.conflict - listed('conflict'), cooperation: sums.cooperation - listed('cooperation') },
    deEscalation: deEscalation && { ...deEscalation, setAside },
  };
}

/** A dyad's developments and its backed groups', as inputs of the formula. */
async function dyadInputs(reader: DocumentReader, dyad: string, asOf: string): Promise<TensionInput[]> {
  const parts = partsOf(await backingsOf(reader), dyad, asOf);
  return (await Promise.all(parts.map((part) => partInputs(reader, part)))).flat();
}

export async function dyadHistory(
  reader: DocumentReader,
  dyad: string,
  settings: TensionSettings & { from: string; to: string; interval: Interval; cursor?: string; limit?: number },
) {
  const inputs = await dyadInputs(reader, dyad, settings.asOf);
  // The readings are computed whole (they are sums already kept) and paged after: a page is the readings after the cursor's.
  const all = tensionHistory(inputs, settings.from, settings.to, settings.interval, parameters);
  const after = settings.cursor === undefined ? all : all.filter((point) => point.at > (settings.cursor as string));
  const points = settings.limit === undefined ? after : after.slice(0, settings.limit);
  return { dyad, interval: settings.interval, points, nextCursor: points.length < after.length ? (points.at(-1)?.at ?? null) : null };
}

export async function dyadTrend(reader: DocumentReader, dyad: string, settings: TensionSettings & { month: string }) {
  const inputs = await dyadInputs(reader, dyad, settings.asOf);
  return { dyad, ...monthlyTrend(inputs, settings.month, parameters) };
}

/**
 * What the overview reads for any moment of one day, as long as the read models stay as they are:
 * each dyad's buckets before that day, decayed to its start (a reading at T multiplies them by
 * d(start → T): decay is a product), everyone's the same way, and the documents whose time within
 * the day or whose date decides which of them count.
 */
interface OverviewBasis {
  readonly start: string;
  /** Every dyad with a stored sum in the buckets read, with those that ended before the day. */
  readonly byDyad: ReadonlyMap<string, ChannelSums>;
  readonly everyone: ChannelSums;
  /** The day's developments, whenever in the day they occurred. */
  readonly today: readonly DevelopmentView[];
  readonly backings: readonly GroupBacking[];
  /** The dyads a backing brings those with sums into (read as a dyad's own reading is). */
  readonly throughBackings: readonly string[];
  /** Every ceasefire and agreement, whenever. */
  readonly deEscalations: readonly DevelopmentView[];
}

async function overviewBasis(reader: DocumentReader, asOf: string): Promise<OverviewBasis> {
  const start = `${asOf.slice(0, 10)}T00:00:00.000Z`;
  const [totals, everyone, today, backings, agreed] = await Promise.all([
    reader.totals(DEVELOPMENTS, readingPrefixes(tensionSubject.dyad(''), start)),
    reader.totals(DEVELOPMENTS, readingPrefixes(`${tensionSubject.everyone}/`, start)),
    docsWhere(reader, [dayOf(start)]),
    backingsOf(reader),
    deEscalations(reader),
  ]);
  const byDyad = new Map<string, Total[]>();
  for (const total of totals) {
    const dyad = parseBucketKey(total.key).subject.slice(tensionSubject.dyad('').length);
    byDyad.set(dyad, [...(byDyad.get(dyad) ?? []), total]);
  }
  return {
    start,
    byDyad: new Map([...byDyad].map(([dyad, sums]) => [dyad, bucketSums(sums, start)])),
    everyone: bucketSums(everyone, start),
    today,
    backings,
    throughBackings: dyadsThroughBackings(backings, byDyad.keys()),
    deEscalations: agreed,
  };
}

/**
 * Every dyad, and the overall index of a conflict: developments between two actors of the set, each
 * once. Dyads read from their sums, those a ceasefire, an agreement or a backing reaches as a dyad's
 * own reading does. The overall index counts developments as they are, before any de-escalation or
 * attribution, which belong to a pair of parties: a development with several targets in the set must
 * count once, which no per-dyad sum can tell. The sums of a day are read once while the read models
 * stay as they are (`memoized`): a reading then costs a multiplication per dyad.
 */
export async function tensionOverview(reader: DocumentReader, settings: TensionSettings & { actors?: readonly string[] }) {
  const { asOf, actors } = settings;
  const inSet = (actor: string) => !actors || actors.includes(actor);
  const basis = await memoized(reader, `tension-overview/${asOf.slice(0, 10)}`, () => overviewBasis(reader, asOf));
  const { byDyad, backings } = basis;
  const sinceStart = decayBetween(basis.start, asOf, parameters.halfLifeDays);
  const today = upTo(basis.today, asOf);
  const deEscalated = upTo(basis.deEscalations, asOf).flatMap((d) => d.dyads);
  const todayByDyad = new Map<string, TensionInput[]>();
  for (const d of today) for (const dyad of d.dyads) todayByDyad.set(dyad, [...(todayByDyad.get(dyad) ?? []), toTensionInput(d)]);
  const known = new Set([...byDyad.keys(), ...todayByDyad.keys()]);
  // Backings reach the dyads with sums (kept with them) and those only today's developments name.
  const special = new Set([...deEscalated, ...basis.throughBackings, ...dyadsThroughBackings(backings, [...todayByDyad.keys()].filter((d) => !byDyad.has(d)))]);
  const overall = actors
    ? summed(
        (await docsWhere(reader, [{ field: 'occurredAt', op: 'lte', value: asOf }]))
          .filter((d) => d.dyads.some((dyad) => dyad.split('-').every(inSet)))
          .map(toTensionInput),
        asOf,
      )
    : added(scaled(basis.everyone, sinceStart), summed(today.filter((d) => d.dyads.length > 0).map(toTensionInput), asOf));
  // A dyad no de-escalation or backing reaches is its sums and today's developments: no query, no await.
  const plain = (dyad: string) => reading(added(scaled(byDyad.get(dyad) ?? NONE, sinceStart), summed(todayByDyad.get(dyad) ?? [], asOf)));
  const specialReading = async (dyad: string) => {
    const { sums, setAside } = await dyadSums(reader, partsOf(backings, dyad, asOf), await deEscalationOf(reader, dyad, asOf), asOf);
    return reading(sums, setAside);
  };
  const dyads = [...new Set([...known, ...special])].filter((dyad) => dyad.split('-').every(inSet));
  const readings = [
    ...dyads.filter((dyad) => !special.has(dyad)).map((dyad) => ({ dyad, ...plain(dyad) })),
    ...(await Promise.all(dyads.filter((dyad) => special.has(dyad)).map(async (dyad) => ({ dyad, ...(await specialReading(dyad)) })))),
  ];
  return {
    ...settingsOf(settings),
    overall: { actors: actors ?? null, ...reading(overall) },
    dyads: readings
      .filter((d) => d.conflict + d.cooperation > 0)
      .sort((a, b) => b.value - a.value || a.dyad.localeCompare(b.dyad)),
  };
}
