import {
  CAMEO_TABLE_VERSION,
  Contribution,
  DEFAULT_TENSION_PARAMETERS,
  Interval,
  TensionInput,
  TensionParameters,
  monthlyTrend,
  readTension,
  tensionHistory,
} from '@parley/domain';
import { Condition, DocumentReader } from '../document-query';
import { DEVELOPMENTS, DevelopmentView } from '../developments/developments.projection';

/**
 * The tension index is read from the developments read model: its documents already carry the CAMEO
 * weight, size, independent sources and corrections of each development, and drop retracted ones.
 * Decay depends on the moment of reading, so the index itself is computed at query time.
 */
const toInput = (d: DevelopmentView): TensionInput => ({
  eventId: d.id,
  kind: d.kind,
  cameoCode: d.cameo.code,
  goldstein: d.cameo.goldstein,
  magnitude: d.magnitude,
  sources: d.independentSources,
  occurredAt: d.occurredAt,
});

async function inputsWhere(reader: DocumentReader, conditions: Condition[]): Promise<TensionInput[]> {
  const docs = await reader.find<DevelopmentView>(DEVELOPMENTS, {
    where: [{ field: 'retracted', op: 'eq', value: false }, ...conditions],
    orderBy: [],
  });
  return docs.map(toInput);
}

/** A dyad's developments, or one direction of it: `from` the actor towards the other. */
function pairCondition(dyad: string, from?: string): Condition {
  if (!from) return { field: 'dyads', op: 'contains', value: dyad };
  const other = dyad.split('-').find((a) => a !== from);
  return { field: 'pairs', op: 'contains', value: `${from}>${other}` };
}

export interface TensionSettings {
  readonly asOf: string;
  readonly parameters?: TensionParameters;
}

const settingsOf = ({ asOf, parameters = DEFAULT_TENSION_PARAMETERS }: TensionSettings) => ({
  asOf,
  halfLifeDays: parameters.halfLifeDays,
  scale: parameters.scale,
  tableVersion: CAMEO_TABLE_VERSION,
  parameters,
});

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
  contributions: readonly Contribution[];
}

export async function dyadTension(
  reader: DocumentReader,
  dyad: string,
  settings: TensionSettings & { from?: string; limit?: number },
): Promise<DyadTension> {
  const { parameters, ...answer } = settingsOf(settings);
  const reading = readTension(await inputsWhere(reader, [pairCondition(dyad, settings.from)]), settings.asOf, parameters);
  return {
    dyad,
    direction: settings.from ? `${settings.from}>${dyad.split('-').find((a) => a !== settings.from)}` : null,
    value: reading.value,
    level: reading.level,
    conflict: reading.conflict,
    cooperation: reading.cooperation,
    ...answer,
    contributionCount: reading.contributions.length,
    contributions: reading.contributions.slice(0, settings.limit ?? reading.contributions.length),
  };
}

export async function dyadHistory(
  reader: DocumentReader,
  dyad: string,
  settings: TensionSettings & { from: string; to: string; interval: Interval },
) {
  const inputs = await inputsWhere(reader, [pairCondition(dyad)]);
  const points = tensionHistory(
    inputs.filter((i) => i.occurredAt <= settings.asOf),
    settings.from,
    settings.to,
    settings.interval,
    settingsOf(settings).parameters,
  );
  return { dyad, interval: settings.interval, points };
}

export async function dyadTrend(reader: DocumentReader, dyad: string, settings: TensionSettings & { month: string }) {
  const inputs = await inputsWhere(reader, [pairCondition(dyad)]);
  const trend = monthlyTrend(
    inputs.filter((i) => i.occurredAt <= settings.asOf),
    settings.month,
    settingsOf(settings).parameters,
  );
  return { dyad, ...trend };
}

/** Every dyad, and the overall index of a conflict: developments between two actors of the set, each once. */
export async function tensionOverview(reader: DocumentReader, settings: TensionSettings & { actors?: readonly string[] }) {
  const { parameters, ...answer } = settingsOf(settings);
  const docs = await reader.find<DevelopmentView>(DEVELOPMENTS, {
    where: [{ field: 'retracted', op: 'eq', value: false }],
    orderBy: [],
  });
  const inSet = (actor: string) => !settings.actors || settings.actors.includes(actor);
  const between = docs.filter((d) => d.dyads.length > 0 && inSet(d.actor) && d.targets.some((t) => t !== d.actor && inSet(t)));
  const byDyad = new Map<string, TensionInput[]>();
  for (const d of between) {
    for (const dyad of d.dyads.filter((x) => x.split('-').every(inSet))) {
      byDyad.set(dyad, [...(byDyad.get(dyad) ?? []), toInput(d)]);
    }
  }
  const summary = (inputs: TensionInput[]) => {
    const { value, level, conflict, cooperation } = readTension(inputs, settings.asOf, parameters);
    return { value, level, conflict, cooperation };
  };
  return {
    ...answer,
    overall: { actors: settings.actors ?? null, ...summary(between.map(toInput)) },
    dyads: [...byDyad]
      .map(([dyad, inputs]) => ({ dyad, ...summary(inputs) }))
      .filter((d) => d.conflict + d.cooperation > 0)
      .sort((a, b) => b.value - a.value || a.dyad.localeCompare(b.dyad)),
  };
}
