import { EXPORT_NAMES, listUrl } from './csv-export';

describe('the URL npm run export asks', () => {
  const base = 'http://127.0.0.1:3000';

  it('knows every list by the name of its CSV file', () => {
    expect(EXPORT_NAMES).toEqual(['developments', 'statements', 'prisoner-exchanges', 'tracks', 'rounds', 'tension-history', 'events']);
  });

  it("passes the list's filters as its query, leaving out those not given", () => {
    const url = listUrl(base, 'developments', { from: '2025-05-01T00:00:00Z', to: '2025-06-30T00:00:00Z', kind: undefined });
    expect(url.toString()).toBe('http://127.0.0.1:3000/api/v1/developments?from=2025-05-01T00%3A00%3A00Z&to=2025-06-30T00%3A00%3A00Z');
  });

  it("fills a route's parameters from the options, and not the query", () => {
    expect(listUrl(base, 'rounds', { trackId: 'russia-ukraine' }).toString()).toBe('http://127.0.0.1:3000/api/v1/negotiations/russia-ukraine/rounds');
    expect(listUrl(base, 'tension-history', { dyad: 'RUS-UKR', interval: 'week' }).toString()).toBe(
      'http://127.0.0.1:3000/api/v1/tension/RUS-UKR/history?interval=week',
    );
  });

  it('refuses a list it does not know, and a route parameter not given, saying what it needs', () => {
    expect(() => listUrl(base, 'dyads', {})).toThrow(/no list dyads; one of developments, statements/);
    expect(() => listUrl(base, 'rounds', {})).toThrow('rounds needs --trackId');
  });
});
