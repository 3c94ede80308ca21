import { DEFAULT_TENSION_PARAMETERS, TensionInput, TensionParameters, readTension } from './tension-formula';

export type Interval = 'day' | 'week' | 'month';

export interface TensionPoint {
  readonly at: string;
  readonly value: number;
  readonly conflict: number;
  readonly cooperation: number;
}

const step = (at: Date, interval: Interval): Date => {
  const next = new Date(at);
  if (interval === 'day') next.setUTCDate(next.getUTCDate() + 1);
  else if (interval === 'week') next.setUTCDate(next.getUTCDate() + 7);
  else next.setUTCMonth(next.getUTCMonth() + 1);
  return next;
};

/** Readings at `from`, then every interval up to `to` inclusive. */
export function tensionHistory(
  inputs: readonly TensionInput[],
  from: string,
  to: string,
  interval: Interval,
  parameters: TensionParameters = DEFAULT_TENSION_PARAMETERS,
  maxPoints = 1_000,
): TensionPoint[] {
  const points: TensionPoint[] = [];
  for (let at = new Date(from); at.getTime() <= Date.parse(to) && points.length < maxPoints; at = step(at, interval)) {
    const { value, conflict, cooperation } = readTension(inputs, at.toISOString(), parameters);
    points.push({ at: at.toISOString(), value, conflict, cooperation });
  }
  return points;
}

export type TrendVerdict = 'deteriorated' | 'improved' | 'unchanged';

export interface MonthlyTrend {
  readonly month: string;
  readonly previousMonth: string;
  /** Mean of the daily readings (at the end of each day) over the month. */
  readonly mean: number;
  readonly previousMean: number;
  readonly change: number;
  /** Index points the mean must move by to count as a change. */
  readonly threshold: number;
  readonly verdict: TrendVerdict;
}

export const TREND_THRESHOLD = 5;

const monthStart = (month: string) => new Date(`${month}-01T00:00:00.000Z`);
const monthKey = (d: Date) => d.toISOString().slice(0, 7);

function monthlyMean(inputs: readonly TensionInput[], month: string, parameters: TensionParameters): number {
  const start = monthStart(month);
  const end = step(start, 'month');
  const lastDayEnd = new Date(end.getTime() - 1).toISOString();
  const firstDayEnd = new Date(start.getTime() + 86_400_000 - 1).toISOString();
  const daily = tensionHistory(inputs, firstDayEnd, lastDayEnd, 'day', parameters);
  return daily.reduce((sum, p) => sum + p.value, 0) / daily.length;
}

/** A CrisisWatch-style verdict for a month against the one before it. */
export function monthlyTrend(
  inputs: readonly TensionInput[],
  month: string,
  parameters: TensionParameters = DEFAULT_TENSION_PARAMETERS,
  threshold = TREND_THRESHOLD,
): MonthlyTrend {
  const previous = new Date(monthStart(month));
  previous.setUTCMonth(previous.getUTCMonth() - 1);
  const previousMonth = monthKey(previous);
  const mean = monthlyMean(inputs, month, parameters);
  const previousMean = monthlyMean(inputs, previousMonth, parameters);
  const change = mean - previousMean;
  const verdict: TrendVerdict = change > threshold ? 'deteriorated' : change < -threshold ? 'improved' : 'unchanged';
  return { month, previousMonth, mean, previousMean, change, threshold, verdict };
}
