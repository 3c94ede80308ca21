import { getDomainWithoutSuffix } from 'tldts';
import { LRUCache } from 'lru-cache';
import { v5 as uuidv5 } from 'uuid';

/** Where a development was reported: the provenance every development may carry. */
export interface Source {
  readonly publisher: string;
  readonly url?: string;
  readonly publishedAt?: string;
}

/**
 * A pure function of a string, remembered for the last few thousand strings asked: the read models'
 * reducers ask the same publisher's key and the same source's id several times per event (each read
 * model cites its sources, and each further report compares them), and a uuid v5 is a SHA-1.
 */
function remembered(of: (text: string) => string, max = 4_096): (text: string) => string {
  const known = new LRUCache<string, string>({ max, memoMethod: of });
  return (text) => known.memo(text);
}

const publisherKeyOf = remembered((publisher) => {
  const name = publisher.trim().toLowerCase();
  const looksLikeHost = /^[a-z0-9.-]+\.[a-z]{2,}$/.test(name);
  return (looksLikeHost && getDomainWithoutSuffix(name)) || name;
});

/**
 * Who published a report, whatever its spelling: "Reuters", "reuters " and a GDELT row's
 * "www.reuters.com" are one publisher, so they count once towards corroboration.
 */
export const publisherKey = (source: Source): string => publisherKeyOf(source.publisher);

export const sameSource = (a: Source, b: Source): boolean =>
  publisherKey(a) === publisherKey(b) && (a.url ?? null) === (b.url ?? null);

const SOURCE_NAMESPACE = 'a4c3e8d2-1f6b-4b9a-9c0e-5d7f2e8b1a64';
const sourceIdOfKey = remembered((key) => uuidv5(key, SOURCE_NAMESPACE));

/** A source's stable id, the same wherever it is shown: one per publisher and article, as sameSource counts them. */
export const sourceIdOf = (source: Source): string => sourceIdOfKey(`${publisherKey(source)}|${source.url ?? ''}`);

/** The sources of a development after one more report: a report already cited adds nothing. */
export const withSource = (sources: readonly Source[], source: Source | null | undefined): readonly Source[] =>
  source && !sources.some((known) => sameSource(known, source)) ? [...sources, source] : sources;

/** How many publishers report a development. */
export const independentPublishers = (sources: readonly Source[]): number => new Set(sources.map(publisherKey)).size;

/** Two or more independent publishers confirm a development, as UCDP and GDELT count sources. */
export const isConfirmed = (sources: readonly Source[]): boolean => independentPublishers(sources) >= 2;
