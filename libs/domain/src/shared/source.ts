import { getDomainWithoutSuffix } from 'tldts';

/** Where a development was reported: the provenance every development may carry. */
export interface Source {
  readonly publisher: string;
  readonly url?: string;
  readonly publishedAt?: string;
}

/**
 * Who published a report, whatever its spelling: "Reuters", "reuters " and a GDELT row's
 * "www.reuters.com" are one publisher, so they count once towards corroboration.
 */
export function publisherKey(source: Source): string {
  const name = source.publisher.trim().toLowerCase();
  const looksLikeHost = /^[a-z0-9.-]+\.[a-z]{2,}$/.test(name);
  return (looksLikeHost && getDomainWithoutSuffix(name)) || name;
}

export const sameSource = (a: Source, b: Source): boolean =>
  publisherKey(a) === publisherKey(b) && (a.url ?? null) === (b.url ?? null);

/** The sources of a development after one more report: a report already cited adds nothing. */
export const withSource = (sources: readonly Source[], source: Source | null | undefined): readonly Source[] =>
  source && !sources.some((known) => sameSource(known, source)) ? [...sources, source] : sources;

/** How many publishers report a development. */
export const independentPublishers = (sources: readonly Source[]): number => new Set(sources.map(publisherKey)).size;

/** Two or more independent publishers confirm a development, as UCDP and GDELT count sources. */
export const isConfirmed = (sources: readonly Source[]): boolean => independentPublishers(sources) >= 2;
