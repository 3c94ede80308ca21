import { DEFAULT_TENSION_PARAMETERS, DeEscalation, HOSTILE_KINDS, deEscalationAt, dyadOf, strengthOf } from '@parley/domain';
import { Condition, DocumentReader } from '../document-query';
import { DEVELOPMENTS, DevelopmentView } from '../developments/developments.projection';
import { GroupBacking } from './backings';
import { tensionSubject, toTensionInput } from './tension.index';

/**
 * What a dyad's reading adds up: the dyad's own developments, and those of each group one of its
 * parties backs with the other party, for as long as the backing held, at the proxy attribution.
 * Each part is a time range (`after`, `through`] of one subject of the developments read model.
 */
export interface Part {
  readonly subject: string;
  readonly condition: Condition;
  readonly after: string | null;
  readonly through: string;
  readonly attribution: number;
  readonly via: string | null;
}

/** A dyad, or one direction of it: `from` the actor towards the other. */
function ownPart(dyad: string, asOf: string, from?: string): Part {
  const base = { after: null, through: asOf, attribution: 1, via: null };
  if (!from) return { ...base, subject: tensionSubject.dyad(dyad), condition: { field: 'dyads', op: 'contains', value: dyad } };
  const pair = `${from}>${dyad.split('-').find((a) => a !== from)}`;
  return { ...base, subject: tensionSubject.pair(pair), condition: { field: 'pairs', op: 'contains', value: pair } };
}

/** The acts of groups the dyad's parties back, towards the other party and from it, while backed. */
function proxyParts(dyad: string, backings: readonly GroupBacking[], asOf: string, from?: string): Part[] {
  const parties = dyad.split('-');
  return backings.flatMap(({ group, backer, from: since, until }) => {
    const other = parties.find((p) => p !== backer);
    if (!parties.includes(backer) || !other || other === group || Date.parse(since) >= Date.parse(asOf)) return [];
    // One direction of the dyad: the backer's side acting is its group acting; the other side's acts are towards the group.
    const pair = from === undefined ? null : from === backer ? `${group}>${other}` : `${other}>${group}`;
    const subject = pair ? tensionSubject.pair(pair) : tensionSubject.dyad(dyadOf(group, other));
    const condition: Condition = pair ? { field: 'pairs', op: 'contains', value: pair } : { field: 'dyads', op: 'contains', value: dyadOf(group, other) };
    const through = until && Date.parse(until) < Date.parse(asOf) ? until : asOf;
    return [{ subject, condition, after: since, through, attribution: DEFAULT_TENSION_PARAMETERS.proxyAttribution, via: group }];
  });
}

const later = (a: string, b: string) => (Date.parse(a) >= Date.parse(b) ? a : b);
const earliest = (...instants: (string | null)[]) =>
  instants.filter((t): t is string => t !== null).reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b));

/**
 * The acts between a group one party backs and a group the other party backs, while both backings held:
 * each link of attribution applies, so they count at the proxy attribution squared.
 */
function proxyWarParts(dyad: string, backings: readonly GroupBacking[], asOf: string, from?: string): Part[] {
  const [a, b] = dyad.split('-');
  const backedBy = (party: string) => backings.filter((backing) => backing.backer === party);
  return backedBy(a).flatMap((ofA) =>
    backedBy(b).flatMap((ofB) => {
      if (ofA.group === ofB.group) return [];
      const since = later(ofA.from, ofB.from);
      const through = earliest(asOf, ofA.until, ofB.until);
      if (Date.parse(through) <= Date.parse(since)) return [];
      const pair = from === undefined ? null : from === a ? `${ofA.group}>${ofB.group}` : `${ofB.group}>${ofA.group}`;
      const groups = dyadOf(ofA.group, ofB.group);
      const subject = pair ? tensionSubject.pair(pair) : tensionSubject.dyad(groups);
      const condition: Condition = pair ? { field: 'pairs', op: 'contains', value: pair } : { field: 'dyads', op: 'contains', value: groups };
      return [{ subject, condition, after: since, through, attribution: DEFAULT_TENSION_PARAMETERS.proxyAttribution ** 2, via: groups }];
    }),
  );
}

export const partsOf = (backings: readonly GroupBacking[], dyad: string, asOf: string, from?: string): Part[] => [
  ownPart(dyad, asOf, from),
  ...proxyParts(dyad, backings, asOf, from),
  ...proxyWarParts(dyad, backings, asOf, from),
];

/** The dyads a backing reaches: each backer with everyone its group has a dyad with, and with the backers of those. */
export const dyadsThroughBackings = (backings: readonly GroupBacking[], dyads: Iterable<string>): string[] =>
  backings.length === 0 ? [] : [...dyads].flatMap((dyad) => {
    const [a, b] = dyad.split('-');
    const backersOf = (actor: string) => backings.filter(({ group }) => group === actor).map(({ backer }) => backer);
    const oneSided = [...backersOf(a).map((backer) => [backer, b]), ...backersOf(b).map((backer) => [a, backer])];
    const bothSided = backersOf(a).flatMap((x) => backersOf(b).map((y) => [x, y]));
    return [...oneSided, ...bothSided].filter(([x, y]) => x !== y).map(([x, y]) => dyadOf(x, y));
  });

const DE_ESCALATING_KINDS = ['ceasefire', 'agreement'];

const ofKinds = async (reader: DocumentReader, kinds: Iterable<string>, where: readonly Condition[]): Promise<DevelopmentView[]> =>
  (await Promise.all([...kinds].map((kind) => reader.find<DevelopmentView>(DEVELOPMENTS, { where: [...where, { field: 'kind', op: 'eq', value: kind }], orderBy: [] })))).flat();

/**
 * Documents that had occurred by `at`. Queries leave the moment out and filter here, so that they are
 * the same for every moment (a reader that caches answers them from memory); occurredAt compares as
 * text, as the SQL does.
 */
export const upTo = <D extends { occurredAt: string }>(docs: readonly D[], at: string): D[] => docs.filter((d) => d.occurredAt <= at);

/** Every ceasefire and agreement, whenever they occurred and whether or not they hold. */
export const deEscalations = (reader: DocumentReader): Promise<DevelopmentView[]> => ofKinds(reader, DE_ESCALATING_KINDS, []);

/**
 * The de-escalation in force in a dyad at `asOf`: its ceasefires and agreements, then the hostile acts
 * since the earliest of them, where a breach would be. A dyad without either costs two small queries.
 */
export async function deEscalationOf(reader: DocumentReader, dyad: string, asOf: string): Promise<DeEscalation | null> {
  const live: Condition[] = [
    { field: 'dyads', op: 'contains', value: dyad },
    { field: 'retracted', op: 'eq', value: false },
  ];
  const agreed = upTo(await ofKinds(reader, DE_ESCALATING_KINDS, live), asOf).map(toTensionInput);
  const candidates = agreed.filter((f) => strengthOf(f) > 0);
  if (candidates.length === 0) return null;
  const earliest = candidates.reduce((a, b) => (Date.parse(b.occurredAt) < Date.parse(a.occurredAt) ? b : a)).occurredAt;
  const hostile = upTo(await ofKinds(reader, HOSTILE_KINDS, [...live, { field: 'occurredAt', op: 'gt', value: earliest }]), asOf);
  return deEscalationAt([...agreed, ...hostile.map(toTensionInput)], asOf);
}
