import { Condition, SEARCHED_TEXT, matches, searchedStrings } from '@parley/read-models';
import { MigratedDatabase, migratedDatabase } from '../../../test/support/migrated-database';
import { SEARCHED_JSONPATHS } from './migrations/1764202600000-document-search';
import { PgDocumentReader } from './pg-document-reader';
import { asciiSearchVector, searchedText } from './search-vector';

/** Documents as the read models store them, with every shape of searched text: places as names and as objects, notes, sources. */
const DOCS: Record<string, unknown>[] = [
  {
    id: 'attack',
    summary: 'Gunmen kill 26 people, mostly tourists, in the Baisaran meadow',
    location: { name: 'Pahalgam', country: 'IND', admin1: 'Jammu and Kashmir', precision: 'place' },
    details: { claimedBy: 'The Resistance Front' },
    sources: [{ publisher: 'Rediff.com', title: 'Terror attack in Pahalgam', sourceId: 'c0ffee00-0000-4000-8000-000000000001', publishedAt: '2025-04-22T00:00:00.000Z' }],
    notes: 'Death toll per the Jammu and Kashmir police',
  },
  { id: 'seizure', summary: 'AFC/M23 seizes Goma, capital of North Kivu', location: 'Goma', details: { change: 'gained', held: [{ town: 'Sake' }, 3, true] }, sources: [{ publisher: 'The Kenya Times', url: 'https://thekenyatimes.com/m23-goma' }] },
  { id: 'statement', quote: "Pakistan's waters: an act of war", speaker: 'Shehbaz Sharif', sources: [{ publisher: 'NewsFed' }] },
  { id: 'round', location: null, details: { status: 'concluded', venue: 'Ciragan Palace' }, sources: [] },
  { id: 'accents', summary: "L’ÉTAT congolais et Félix Tshisekedi", sources: { publisher: 'Actualite.cd' } },
  { id: 'country-only', summary: 'Shelling across the Line of Control', location: { name: 'Poonch', country: 'IND', precision: 'country' } },
  {
    id: 'scripts',
    summary: 'हिन्दी समाचार: İstanbul görüşmeleri, Straße ½ ² Ⅻ',
    notes: 'Переговоры в Стамбуле\u0001продолжатся 日本語',
    details: { zeta: 'last', ab: ['two', { b: 'nested' }], a: 'first', é: 'accent key', '': 'empty key', '10': 'numeric key' },
    sources: [{ publisher: 'Al Jazeera عربي', title: '' }, { url: 'https://example.org/a?b=c' }],
  },
  {
    id: 'ascii-edges',
    summary: 'Version 1.2.3 of 1e5 shells, 0x1F, 007 and -42; e-mail a@b.org at 10:30, MiXeD CaSe\tand\u0001control',
    quote: `${'again '.repeat(255)}`,
    notes: '',
    details: { count: 12, empty: '', words: ['x', 'y z'] },
  },
  { id: 'too-many', summary: 'many '.repeat(300) },
  { id: 'long-word', summary: `short ${'w'.repeat(2_100)} end` },
];

const QUERIES = [
  'Pahalgam',
  'kashmir',
  'Jammu Kashmir police',
  '"Baisaran meadow"',
  '"meadow Baisaran"',
  'Goma or Pahalgam',
  'Goma -Kivu',
  '-Goma',
  'M23',
  'Pakistan',
  "Pakistan's",
  'Sharif',
  'Ciragan',
  'Rediff',
  'Rediff.com',
  'thekenyatimes',
  'AFC/M23',
  '"M23 seizes"',
  'Sake',
  'gained',
  'claimedBy',
  'Félix or ÉTAT',
  '"Kivu Jammu"',
  'IND',
  'place',
  'country',
  'c0ffee00',
  '2025',
];

describe('full-text search: the stored tsvector and the in-memory reading agree', () => {
  let db: MigratedDatabase;
  let reader: PgDocumentReader;

  beforeAll(async () => {
    db = await migratedDatabase();
    await db.dataSource.query(`INSERT INTO projections (name, generation) VALUES ('developments', 1)`);
    await db.dataSource.query(
      `INSERT INTO read_model_documents (generation, projection, id, doc, keys, search)
       SELECT 1, 'developments', x.id, x.doc, '{}', coalesce(x.vector::tsvector, parley_search_vector(x.searched))
       FROM unnest($1::text[], $2::jsonb[], $3::text[], $4::text[]) AS x(id, doc, searched, vector)`,
      [DOCS.map((d) => d.id), DOCS.map((d) => JSON.stringify(d)), DOCS.map(searchedText), DOCS.map((d) => asciiSearchVector(searchedStrings(d)))],
    );
    reader = new PgDocumentReader(db.dataSource);
  });
  afterAll(() => db.stop());

  it('builds the stored column from the paths the in-memory reading searches', () => {
    expect(SEARCHED_TEXT).toEqual(SEARCHED_JSONPATHS);
  });

  it('writes each document the tsvector that PostgreSQL generated from it before writers did', async () => {
    const rows: { id: string; same: boolean }[] = await db.dataSource.query(
      `SELECT id, search = jsonb_to_tsvector('simple'::regconfig, parley_searched_words(doc), '["string"]') AS same FROM read_model_documents`,
    );
    expect(rows.filter((r) => !r.same).map((r) => r.id)).toEqual([]);
    expect(rows).toHaveLength(DOCS.length);
    // Made in JavaScript for the plain-ASCII ones, by PostgreSQL's parser for the others.
    const madeHere = DOCS.filter((d) => asciiSearchVector(searchedStrings(d)) !== null).map((d) => d.id);
    expect(madeHere).toEqual(['attack', 'seizure', 'statement', 'round', 'country-only', 'ascii-edges']);
  });

  it.each(QUERIES)('%s: the same documents in SQL as in memory', async (q) => {
    const condition: Condition = { op: 'search', value: q };
    const inSql = (await reader.find<{ id: string }>('developments', { where: [condition], orderBy: [{ field: 'id', direction: 'asc' }] })).map((d) => d.id);
    const inMemory = DOCS.filter((d) => matches(d, condition)).map((d) => d.id as string).sort();
    expect(inSql).toEqual(inMemory);
  });

  it('searches place names, notes, details and sources, not codes, ids or dates, in words split at punctuation', async () => {
    const found = async (q: string) => (await reader.find<{ id: string }>('developments', { where: [{ op: 'search', value: q }], orderBy: [] })).map((d) => d.id);
    expect(await found('Pahalgam')).toEqual(['attack']);
    expect(await found('police')).toEqual(['attack']);
    expect(await found('Poonch')).toEqual(['country-only']);
    expect(await found('IND')).toEqual([]);
    expect(await found('c0ffee00')).toEqual([]);
    // Split where PostgreSQL's own parser would keep a file name, a host or a URL whole.
    expect(await found('M23')).toEqual(['seizure']);
    expect(await found('Rediff')).toEqual(['attack']);
    expect(await found('thekenyatimes')).toEqual(['seizure']);
    expect(await found('Sake')).toEqual(['seizure']);
    expect(await found('état félix')).toEqual(['accents']);
    expect(await found('"Kivu Goma"')).toEqual([]);
  });
});
