import { InvalidField } from '../shared/domain-error';
import { DatePrecision } from './development-kinds';

/** How far the clocks of reporters and of Parley may disagree. */
export const CLOCK_SKEW_MS = 5 * 60_000;

const DAY_MS = 86_400_000;

const inAMonth = (now: Date): number => {
  const later = new Date(now);
  later.setUTCMonth(later.getUTCMonth() + 1);
  return later.getTime();
};

/**
 * The latest instant a date of each precision may name when recorded at `now`: an exact time, now; a
 * day, the end of the UTC day it is recorded on; a week or a month, that long ahead, since such a date
 * may stand for its whole period rather than for the instant it names.
 */
const LATEST: Readonly<Record<DatePrecision, (now: Date) => number>> = {
  exact: (now) => now.getTime(),
  day: (now) => Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1) - 1,
  week: (now) => now.getTime() + 7 * DAY_MS,
  month: inAMonth,
};

/**
 * A development happened before Parley could record it: a later date is a slip or a forecast. It would
 * also stand in the world's timeline ahead of everything else, so no question about an earlier moment
 * could start from a fold of the log that includes it.
 */
export function requireRecordedAfter(field: string, date: string, precision: DatePrecision, now: string): void {
  const latest = LATEST[precision](new Date(now)) + CLOCK_SKEW_MS;
  if (Date.parse(date) > latest) {
    throw new InvalidField(field, `must not be later than when it is recorded: ${new Date(latest).toISOString()} at the latest for a date of ${precision} precision`);
  }
}
