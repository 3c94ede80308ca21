import { Schemas, createParleyClient } from '@parley/client';
import { currentLocation } from './route';

export type TrackStatus = Schemas['TrackStatusDto'];

/** The end of a chosen day, or a moment typed to the minute, in UTC. */
const instantOf = (value: string | null): string | null => {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T23:59:59.999Z`;
  const time = Date.parse(/[zZ]|[+-]\d{2}:?\d{2}$/.test(value) ? value : `${value}Z`);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
};

/** The moment the whole page looks at (asOf in the URL): null for now, else the end of the chosen day. */
export const currentAsOf = (): string | null => instantOf(currentLocation().params.get('asOf'));

/** What Parley knew (knownAt in the URL): null for everything recorded so far. */
export const currentKnownAt = (): string | null => instantOf(currentLocation().params.get('knownAt'));

/** The position of the page's own last write: reads wait until the read models have applied it. */
let minPosition = 0;

export const readAfter = (position: number): void => {
  minPosition = Math.max(minPosition, position);
};

/** A read that names its own moment (a reading at one point of a chart) keeps it. */
const withReadParameters = (url: URL): URL => {
  const asOf = currentAsOf();
  const knownAt = currentKnownAt();
  if (asOf && !url.searchParams.has('asOf')) url.searchParams.set('asOf', asOf);
  if (knownAt && !url.searchParams.has('knownAt')) url.searchParams.set('knownAt', knownAt);
  if (minPosition > 0) url.searchParams.set('minPosition', String(minPosition));
  return url;
};

/** Reads go through the typed client; every one carries asOf and knownAt while they are chosen. */
export const reads = createParleyClient({ baseUrl: location.origin });
reads.use({ onRequest: ({ request }) => new Request(withReadParameters(new URL(request.url)), request) });

/** A read the document does not describe yet (the tension index): null when the service lacks it. */
export async function optionalRead<T>(path: string, query: Record<string, string> = {}): Promise<T | null> {
  const url = new URL(path, location.origin);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  const response = await fetch(withReadParameters(url));
  if (response.status === 404 || response.status === 405) return null;
  if (!response.ok) {
    // The problem+json body names the refused fields: a caller may do without them.
    const problem = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    throw Object.assign(new Error(`${path} answered ${response.status}`), { problem, detail: problem.detail });
  }
  return (await response.json()) as T;
}

/** The detail of a problem+json answer, or of anything else that went wrong. */
export function problemText(error: unknown): string {
  const problem = error as { detail?: string; title?: string; errors?: { field: string; message: string }[] };
  if (problem?.errors?.length) return problem.errors.map((e) => `${e.field}: ${e.message}`).join('; ');
  return problem?.detail ?? problem?.title ?? String(error);
}

/**
 * Readings that only news can change (the tension overview and histories behind the chart), kept by
 * their full URL, clocks included, so that a new filter or search does not read them all again.
 * `forgetReads` on news: the live feed or the page's own post.
 */
const kept = new Map<string, Promise<unknown>>();

export function keptRead<T>(path: string, query: Record<string, string> = {}): Promise<T | null> {
  const url = new URL(path, location.origin);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  const key = withReadParameters(url).toString();
  if (!kept.has(key)) kept.set(key, optionalRead<T>(path, query).catch((error) => { kept.delete(key); throw error; }));
  return kept.get(key) as Promise<T | null>;
}

export const forgetReads = (): void => kept.clear();
