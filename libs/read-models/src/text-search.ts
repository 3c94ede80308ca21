/**
 * Full-text search as PostgreSQL does it with the 'simple' configuration, for the reads folded in
 * memory (asOf, knownAt): the same text of a document, split into the same words, matched by the same
 * query language (websearch_to_tsquery). 'simple' lowercases words and stems none, which is what
 * makes an exact second reading possible here; an English stemmer would have to be reimplemented,
 * and most of what analysts search for are names (Pahalgam, Kagame, M23, Goma) that stemming only
 * mangles, in quotes and sources that are often not in English.
 *
 * One known difference: PostgreSQL keeps a URL or host name whole (www.reuters.com), where this
 * reading splits it into words; a search for a word of a URL may find more here than in the store.
 */

/**
 * The text searched in a document, as jsonpath over it: every string under these paths. The stored
 * `search` column (migration DocumentSearch1764202600000) is built from the same paths in this order.
 */
export const SEARCHED_TEXT = [
  '$.summary',
  '$.quote',
  '$.speaker',
  '$.location',
  '$.details',
  '$.sources[*].publisher',
  '$.sources[*].url',
  '$.sources[*].title',
] as const;

/** A word, or words joined by hyphens (M23-led), which PostgreSQL keeps whole and also splits. */
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** A text's words in order, lowercased; a hyphenated word is followed by its parts, as PostgreSQL's parser gives them. */
export function wordsOf(text: string): string[] {
  return [...text.matchAll(WORD)].flatMap(([word]) => {
    const lower = word.toLowerCase();
    return lower.includes('-') ? [lower, ...lower.split('-')] : [lower];
  });
}

/** Every string under a value, in document order, as jsonb_to_tsvector(..., '["string"]') reads it. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

function at(doc: Record<string, unknown>, path: string): unknown[] {
  const [, field, rest] = /^\$\.(\w+)(?:\[\*\]\.(\w+))?$/.exec(path) as RegExpExecArray;
  const value = doc[field];
  if (rest === undefined) return value === undefined ? [] : [value];
  return Array.isArray(value) ? value.map((item) => (item as Record<string, unknown>)?.[rest]) : [];
}

/** A document's searched words; `null` separates two strings, so a phrase never runs from one into the next. */
export function searchedWords(doc: Record<string, unknown>): (string | null)[] {
  return SEARCHED_TEXT.flatMap((path) => at(doc, path).flatMap(stringsIn)).flatMap((text) => [...wordsOf(text), null]);
}

/** One term of a query: its words in sequence (one word, or a phrase), maybe negated. */
interface Term {
  readonly words: readonly string[];
  readonly negated: boolean;
}

/** A query as websearch_to_tsquery reads it: terms joined by AND, `or` between two terms joining them first. */
export function parseSearch(query: string): Term[][] {
  const clauses: Term[][] = [];
  let or = false;
  for (const [, quoted, minus, bare] of query.matchAll(/"([^"]*)"?|(-?)([^\s"]+)/g)) {
    if (quoted === undefined && minus === '' && bare.toLowerCase() === 'or') {
      or = clauses.length > 0;
      continue;
    }
    const words = wordsOf(quoted ?? bare);
    if (words.length === 0) continue;
    const term = { words, negated: minus === '-' };
    if (or) clauses[clauses.length - 1].push(term);
    else clauses.push([term]);
    or = false;
  }
  return clauses;
}

const holdsPhrase = (words: readonly (string | null)[], phrase: readonly string[]): boolean =>
  words.some((_, start) => phrase.every((word, i) => words[start + i] === word));

/** Whether searched words match a query; a query without a word matches nothing, as PostgreSQL answers it. */
export function searchMatches(words: readonly (string | null)[], query: string): boolean {
  const clauses = parseSearch(query);
  return clauses.length > 0 && clauses.every((alternatives) => alternatives.some((t) => holdsPhrase(words, t.words) !== t.negated));
}
