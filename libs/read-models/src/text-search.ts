/**
 * Full-text search, read the same way by PostgreSQL (live reads) and here (asOf and knownAt reads,
 * folded in memory). Both take a document's text at the same paths, split it into words at every
 * character that is neither a letter nor a digit, lowercase them and stem none (PostgreSQL's 'simple'
 * configuration), and match the query parsed once, here, into a tsquery.
 *
 * Words are split here, before PostgreSQL's own parser sees the text, because that parser keeps
 * AFC/M23 as a file name, Rediff.com as a host and a URL whole: a search for M23 would miss "AFC/M23
 * seizes Goma". 'simple' rather than 'english' because most of what analysts search for are names
 * (Pahalgam, Kagame, M23, Goma) that an English stemmer only mangles, in quotes and sources that are
 * often not in English, and because an exact second reading here needs no stemmer.
 */

/**
 * Where searched text is in a document, as jsonpath: the strings these select. A place is searched by
 * its name and region, whether recorded as a name or as { name, country, admin1, … }, not its codes;
 * details by every string in them; a source by its publisher, URL and title, not its id or date.
 * The stored `search` column (migration DocumentSearch1764202600000) selects the same, in this order.
 */
export const SEARCHED_TEXT = [
  '$.summary',
  '$.quote',
  '$.speaker',
  '$.notes',
  '$.location',
  '$.location.name',
  '$.location.admin1',
  'strict $.details.**',
  '$.sources[*].publisher',
  '$.sources[*].url',
  '$.sources[*].title',
] as const;

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** UTF-8 bytes of a key, which jsonb orders keys by (shorter first, then bytewise). */
const utf8 = new TextEncoder();
const byBytes = (a: string, b: string): number => {
  const [x, y] = [utf8.encode(a), utf8.encode(b)];
  if (x.length !== y.length) return x.length - y.length;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
};
// Plain ASCII keys (nearly all) compare as their strings do, with no encoding.
const byAsciiLength = (a: string, b: string): number => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);

/** An object's keys in jsonb's order. */
const jsonbKeys = (value: Record<string, unknown>): string[] => {
  const keys = Object.keys(value);
  return keys.sort(keys.every((key) => /^[\x00-\x7f]*$/.test(key)) ? byAsciiLength : byBytes);
};

/** Every value under one, itself first, as jsonpath's `.**` reaches them: an object's members in jsonb's order of keys. */
function descendants(value: unknown, into: unknown[] = []): unknown[] {
  into.push(value);
  if (Array.isArray(value)) for (const item of value) descendants(item, into);
  else if (isObject(value)) for (const key of jsonbKeys(value)) descendants(value[key], into);
  return into;
}

/** SEARCHED_TEXT's paths taken apart once: every document written and every in-memory search reads them. */
const PARSED_PATHS = new Map(
  SEARCHED_TEXT.map((path) => [path, /^(?:strict )?\$\.(\w+)(?:\[\*\]\.(\w+)|\.(\w+)|(\.\*\*))?$/.exec(path) as RegExpExecArray]),
);

/** What one of SEARCHED_TEXT selects in a document, as jsonb_path_query does. */
function selected(doc: Record<string, unknown>, path: (typeof SEARCHED_TEXT)[number]): unknown[] {
  const [, field, each, key, deep] = PARSED_PATHS.get(path)!;
  const value = doc[field];
  if (value === undefined) return [];
  if (deep) return descendants(value);
  // Lax mode: a single value where a list is expected is taken as a list of one.
  if (each) return (Array.isArray(value) ? value : [value]).flatMap((item) => (isObject(item) && each in item ? [item[each]] : []));
  if (key) return isObject(value) && key in value ? [value[key]] : [];
  return [value];
}

/** A text's words in order, lowercased: the runs of letters and digits (the stored column's regexp_replace of [^[:alnum:]]). */
export const wordsOf = (text: string): string[] =>
  text
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .map((word) => word.toLowerCase());

/** The strings SEARCHED_TEXT selects in a document, in the order the stored column reads them. */
export function searchedStrings(doc: Record<string, unknown>): string[] {
  const strings: string[] = [];
  for (const path of SEARCHED_TEXT) for (const value of selected(doc, path)) if (typeof value === 'string') strings.push(value);
  return strings;
}

/** A document's searched words; `null` separates two strings, so a phrase never runs from one into the next. */
export function searchedWords(doc: Record<string, unknown>): (string | null)[] {
  return searchedStrings(doc).flatMap((text) => [...wordsOf(text), null]);
}

/** One term of a query: its words in sequence (one word, or a phrase), maybe negated. */
interface Term {
  readonly words: readonly string[];
  readonly negated: boolean;
}

/**
 * A query as a search box takes it (the language of websearch_to_tsquery): terms joined by AND,
 * `or` between two terms joining them first, "a phrase", -excluded. A term of several words (AFC/M23,
 * "seizes Goma") is a phrase.
 */
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

/** The query as a tsquery for the stored column, or null if it holds no word (it then matches nothing). Words are letters and digits only: no quoting to escape. */
export function tsqueryOf(query: string): string | null {
  const clauses = parseSearch(query);
  if (clauses.length === 0) return null;
  const term = ({ words, negated }: Term) => `${negated ? '!' : ''}(${words.map((w) => `'${w}'`).join(' <-> ')})`;
  return clauses.map((alternatives) => `(${alternatives.map(term).join(' | ')})`).join(' & ');
}

const holdsPhrase = (words: readonly (string | null)[], phrase: readonly string[]): boolean =>
  words.some((_, start) => phrase.every((word, i) => words[start + i] === word));

/** Whether searched words match a query; a query without a word matches nothing, as in the store. */
export function searchMatches(words: readonly (string | null)[], query: string): boolean {
  const clauses = parseSearch(query);
  return clauses.length > 0 && clauses.every((alternatives) => alternatives.some((t) => holdsPhrase(words, t.words) !== t.negated));
}
