import { DatePrecision } from './development-kinds';

const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/**
 * The span a date of each precision stands for: an exact time the hour around it (two exact reports
 * within 60 minutes overlap), a day its UTC day, a week its ISO week (Monday first), a month its month.
 */
export function windowOf(occurredAt: string, precision: DatePrecision): readonly [start: number, end: number] {
  const t = Date.parse(occurredAt);
  const d = new Date(t);
  const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  switch (precision) {
    case 'exact':
      return [t - HOUR_MS / 2, t + HOUR_MS / 2];
    case 'day':
      return [day, day + DAY_MS - 1];
    case 'week': {
      const monday = day - ((d.getUTCDay() + 6) % 7) * DAY_MS;
      return [monday, monday + 7 * DAY_MS - 1];
    }
    case 'month':
      return [Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1), Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) - 1];
  }
}
