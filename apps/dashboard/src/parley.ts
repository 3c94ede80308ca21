import { Schemas, createParleyClient } from '@parley/client';

export type TrackStatus = Schemas['TrackStatusDto'];

/** The moment the whole page looks at: null for now, else the end of the chosen day (asOf). */
let asOf: string | null = null;

export const setAsOf = (day: string | null): void => {
  asOf = day ? `${day}T23:59:59.999Z` : null;
};

export const currentAsOf = (): string | null => asOf;

/** The position of the page's own last write: reads wait until the read models have applied it. */
let minPosition = 0;

export const readAfter = (position: number): void => {
  minPosition = Math.max(minPosition, position);
};

/** A read that names its own moment (a reading at one point of a chart) keeps it. */
const withReadParameters = (url: URL): URL => {
  if (asOf && !url.searchParams.has('asOf')) url.searchParams.set('asOf', asOf);
  if (minPosition > 0) url.searchParams.set('minPosition', String(minPosition));
  return url;
};

/** Reads go through the typed client; every one carries asOf while a date is chosen. */
export const reads = createParleyClient({ baseUrl: location.origin });
reads.use({ onRequest: ({ request }) => new Request(withReadParameters(new URL(request.url)), request) });

/** A read the document does not describe yet (the tension index): null when the service lacks it. */
export async function optionalRead<T>(path: string, query: Record<string, string> = {}): Promise<T | null> {
  const url = new URL(path, location.origin);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  const response = await fetch(withReadParameters(url));
  if (response.status === 404 || response.status === 405) return null;
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as T;
}

/** The detail of a problem+json answer, or of anything else that went wrong. */
export function problemText(error: unknown): string {
  const problem = error as { detail?: string; title?: string; errors?: { field: string; message: string }[] };
  if (problem?.errors?.length) return problem.errors.map((e) => `${e.field}: ${e.message}`).join('; ');
  return problem?.detail ?? problem?.title ?? String(error);
}
