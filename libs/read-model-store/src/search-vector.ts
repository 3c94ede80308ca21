import { searchedStrings } from '@parley/read-models';

/**
 * What `parley_search_vector` (migration SearchWritten1765000200000) makes a document's `search` of: its
 * searched strings joined by U+0001, which none of them may then hold (as a non-alphanumeric character
 * it is read as a break between words either way).
 */
export const searchedText = (doc: Record<string, unknown>): string => joinedForSearch(searchedStrings(doc));

const joinedForSearch = (strings: readonly string[]): string => strings.map((text) => text.replaceAll('\u0001', ' ')).join('\u0001');

/** A document's `search` for the writer: its vector's text where asciiSearchVector makes it, else the text for parley_search_vector. */
export function searchOf(doc: Record<string, unknown>): { vector: string | null; text: string } {
  const strings = searchedStrings(doc);
  const vector = asciiSearchVector(strings);
  return { vector, text: vector === null ? joinedForSearch(strings) : '' };
}

/** Limits of a tsvector (PostgreSQL's MAXSTRLEN, MAXENTRYPOS, MAXNUMPOS): past them it drops words or positions. */
const LONGEST_WORD = 2_047;
const LAST_POSITION = 16_383;
const MOST_POSITIONS = 255;

/**
 * The `search` tsvector as PostgreSQL would make it of `searchedText`, as its text form, for documents
 * whose searched text is all ASCII and within a tsvector's limits: there, a word is a run of [A-Za-z0-9]
 * (`[:alnum:]`), the parser takes each run as one token whatever its kind, and 'simple' lowercases it.
 * Reading that text costs PostgreSQL about a quarter of running its text parser. Null for any other
 * document, which `parley_search_vector` then reads; a test holds the two equal. Written for few
 * allocations, as it runs for every document written: each word is sliced from its string lowercased
 * once, a word seen once keeps its position as a number rather than a list, and the text is joined once.
 */
export function asciiSearchVector(strings: readonly string[]): string | null {
  const positions = new Map<string, number | number[]>();
  let position = 0;
  for (const text of strings) {
    const before = position;
    // Lowercasing keeps an ASCII text's length, so its words are at the same offsets; any other text returns null below.
    const lower = text.toLowerCase();
    let start = -1;
    // One pass over the characters, the end of the text read as a break.
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 32;
      if (c > 0x7f) return null;
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        if (start < 0) start = i;
        continue;
      }
      if (start < 0) continue;
      if (i - start > LONGEST_WORD || ++position > LAST_POSITION) return null;
      const lexeme = lower.slice(start, i);
      start = -1;
      const at = positions.get(lexeme);
      if (at === undefined) positions.set(lexeme, position);
      else if (typeof at === 'number') positions.set(lexeme, [at, position]);
      else if (at.push(position) > MOST_POSITIONS) return null;
    }
    // A break between strings, so no phrase runs from one into the next (jsonb_to_tsvector's).
    if (position > before) position++;
  }
  // Joined once, so the vector is one flat string rather than a chain of concatenations kept until it is written.
  const entries: string[] = [];
  for (const [lexeme, at] of positions) entries.push(`'${lexeme}':${typeof at === 'number' ? at : at.join(',')}`);
  return entries.join(' ');
}
