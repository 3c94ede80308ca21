import { parse as parseUuid, v5 as uuidv5 } from 'uuid';
import { IdentityFacts } from './identity';
import { DAY_MS, windowOf } from './time-window';

/**
 * Parley's namespace for the streams developments are decided on, as bytes parsed once: uuid parses a
 * namespace given as text on every call (twice, in uuid 11).
 */
const IDENTITY_NAMESPACE = parseUuid('0c0b7a52-6f3e-4f0e-8a4b-7d1e2b9c5a13');

const month = (at: number): string => new Date(at).toISOString().slice(0, 7);

const monthsFrom = (start: number, end: number): string[] => {
  const months = [month(start)];
  const last = month(end);
  for (let d = new Date(start); month(d.getTime()) < last; ) {
    d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
    months.push(month(d.getTime()));
  }
  return months;
};

/**
 * The streams a report is decided on and looks into: one per kind, actors, targets, code and month, so
 * every report that could tell of one development is decided on one stream, one after the other. A
 * development lives in the month its window starts. Any window that overlaps a report's starts at most
 * a week before it (a month's lies within its month), so a report also looks into the months from a week
 * before its window to its end.
 */
export function identityStreams(report: IdentityFacts): { own: string; neighbours: string[] } {
  const key = [report.kind, [...new Set(report.actors)].sort().join(','), [...new Set(report.targets)].sort().join(','), report.cameoCode].join('|');
  const streamOf = (m: string) => uuidv5(`${key}|${m}`, IDENTITY_NAMESPACE);
  const [start, end] = windowOf(report.occurredAt, report.datePrecision);
  const own = month(start);
  const neighbours = monthsFrom(start - 7 * DAY_MS, end).filter((m) => m !== own);
  return { own: streamOf(own), neighbours: neighbours.map(streamOf) };
}

/** A new development's id: the first development of its stream with these facts gets it, any later one a successor. */
export const newDevelopmentId = (stream: string, ordinal: number): string => uuidv5(`${stream}|${ordinal}`, IDENTITY_NAMESPACE);
