import { Condition, matches } from './document-query';
import { listDevelopments } from './developments/developments.query';
import { parseSearch, searchMatches, searchedWords } from './text-search';
import { backed, clash, foldBackedGroups } from '../test/backed-groups';

const attack = {
  id: 'a',
  summary: 'Gunmen killed 26 tourists near Pahalgam, in the Baisaran meadow',
  details: { claimedBy: 'The Resistance Front', means: ['small arms'] },
  location: { name: 'Pahalgam', country: 'IND', precision: 'place' },
  sources: [{ publisher: 'Reuters', url: 'https://example.org/kashmir-attack', title: 'Militants kill tourists in Kashmir', sourceId: 'zzz' }],
  confirmed: true,
  trackId: null,
};
const said = { id: 'b', quote: 'M23-led rebels took Goma', speaker: 'Félix Tshisekedi', sources: [{ publisher: 'RFI' }], confirmed: false, trackId: 'drc-rwanda' };
const search = (doc: Record<string, unknown>, q: string) => matches(doc, { op: 'search', value: q });

describe('full-text search in memory, as websearch_to_tsquery(simple) reads a query', () => {
  it('matches whole words, whatever their case, in summaries, quotes, speakers, places, details and sources', () => {
    expect(search(attack, 'pahalgam')).toBe(true);
    expect(search(attack, 'Resistance Front')).toBe(true);
    expect(search(attack, 'reuters')).toBe(true);
    expect(search(attack, 'Kashmir')).toBe(true);
    expect(search(said, 'tshisekedi')).toBe(true);
    expect(search(attack, 'Pahal')).toBe(false);
    // A source's id is no text of the development.
    expect(search(attack, 'zzz')).toBe(false);
  });

  it('needs every word, a phrase in order, none excluded, and one of two joined by or', () => {
    expect(search(attack, 'tourists Pahalgam')).toBe(true);
    expect(search(attack, 'tourists Goma')).toBe(false);
    expect(search(attack, '"killed 26 tourists"')).toBe(true);
    expect(search(attack, '"26 killed"')).toBe(false);
    expect(search(attack, 'Pahalgam -meadow')).toBe(false);
    expect(search(attack, 'Goma or Pahalgam')).toBe(true);
    expect(parseSearch('a b or c -d')).toEqual([
      [{ words: ['a'], negated: false }],
      [
        { words: ['b'], negated: false },
        { words: ['c'], negated: false },
      ],
      [{ words: ['d'], negated: true }],
    ]);
  });

  it('keeps a hyphenated word whole and finds its parts, and matches nothing for a query without a word', () => {
    expect(search(said, 'M23')).toBe(true);
    expect(search(said, 'M23-led')).toBe(true);
    expect(search(said, 'm23-backed')).toBe(false);
    expect(searchMatches(searchedWords(said), '!!')).toBe(false);
  });
});

describe('conditions on nested fields and alternatives', () => {
  const has = (doc: Record<string, unknown>, value: Extract<Condition, { op: 'has' }>['value']) => matches(doc, { op: 'has', value });

  it('finds a place by its country, a publisher among the sources, a track and confirmation as jsonb @> does', () => {
    expect(has(attack, { location: { country: 'IND' } })).toBe(true);
    expect(has(attack, { location: { country: 'PAK' } })).toBe(false);
    // A place recorded as a plain name has no country.
    expect(has({ location: 'Pahalgam' }, { location: { country: 'IND' } })).toBe(false);
    expect(has(attack, { sources: [{ publisher: 'Reuters' }] })).toBe(true);
    expect(has(said, { sources: [{ publisher: 'Reuters' }] })).toBe(false);
    expect(has(said, { trackId: 'drc-rwanda' })).toBe(true);
    expect(has(attack, { confirmed: false })).toBe(false);
  });

  it('holds when one alternative holds whole, and never with none', () => {
    const either: Condition = { op: 'any', of: [[{ op: 'has', value: { trackId: 'x' } }], [{ op: 'has', value: { confirmed: true } }, { op: 'search', value: 'Pahalgam' }]] };
    expect(matches(attack, either)).toBe(true);
    expect(matches(said, either)).toBe(false);
    expect(matches(attack, { op: 'any', of: [] })).toBe(false);
  });
});

describe('developments filtered by an actor and the groups it backs', () => {
  const docs = foldBackedGroups([
    backed('M23', 'RWA', '2024-07-01T00:00:00.000Z'),
    clash('00000000-0000-4000-8000-000000000001', 'M23', 'COD', '2024-05-01T00:00:00.000Z'),
    clash('00000000-0000-4000-8000-000000000002', 'M23', 'COD', '2025-01-27T00:00:00.000Z'),
    clash('00000000-0000-4000-8000-000000000003', 'RWA', 'COD', '2025-02-01T00:00:00.000Z'),
  ]);
  const ids = async (filter: { actor: string; via?: boolean }) => (await listDevelopments(docs, { ...filter, limit: 10 })).developments.map((d) => d.id.slice(-1));

  it('lists only its own acts unless asked for those via it', async () => {
    expect(await ids({ actor: 'RWA' })).toEqual(['3']);
  });

  it('with via, adds the acts of a group it backed dated within the backing, not before it began', async () => {
    expect(await ids({ actor: 'RWA', via: true })).toEqual(['3', '2']);
  });
});
