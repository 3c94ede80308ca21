import { getDomainWithoutSuffix } from 'tldts';
import { v5 as uuidv5 } from 'uuid';

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

const SOURCE_NAMESPACE = 'a4c3e8d2-1f6b-4b9a-9c0e-5d7f2e8b1a64';

/** A source's stable id, the same wherever it is shown: one per publisher and article, as sameSource counts them. */
export const sourceIdOf = (source: Source): string => uuidv5(`${publisherKey(source)}|${source.url ?? ''}`, SOURCE_NAMESPACE);

/** The sources of a development after one more report: a report already cited adds nothing. */
export const withSource = (sources: readonly Source[], source: Source | null | undefined): readonly Source[] =>
  source && !sources.some((known) => sameSource(known, source)) ? [...sources, source] : sources;

/** How many publishers report a development. */
export const independentPublishers = (sources: readonly Source[]): number => new Set(sources.map(publisherKey)).size;

/** Two or more independent publishers confirm a development, as UCDP and GDELT count sources. */
export const isConfirmed = (sources: readonly Source[]): boolean => independentPublishers(sources) >= 2;
