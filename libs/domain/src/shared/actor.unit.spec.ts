import { dyadsOf, pairsOf } from './actor';

describe('the dyads of a development', () => {
  it('pairs each actor with each target', () => {
    expect(dyadsOf({ actors: ['USA', 'GBR'], targets: ['IRN', 'YEM'] })).toEqual(['IRN-USA', 'USA-YEM', 'GBR-IRN', 'GBR-YEM']);
    expect(pairsOf({ actors: ['UKR'], targets: ['RUS'] })).toEqual(['UKR>RUS']);
  });

  it('with no targets, pairs every two of its actors, both ways: a ceasefire between its parties, a joint summit', () => {
    expect(dyadsOf({ actors: ['IND', 'PAK'], targets: [] })).toEqual(['IND-PAK']);
    expect(dyadsOf({ actors: ['EAC', 'SADC', 'COD'], targets: [] })).toEqual(['EAC-SADC', 'COD-EAC', 'COD-SADC']);
    expect(pairsOf({ actors: ['IND', 'PAK'], targets: [] })).toEqual(['IND>PAK', 'PAK>IND']);
  });

  it('has none for one actor acting alone, and never pairs an actor with itself', () => {
    expect(dyadsOf({ actors: ['UKR'], targets: [] })).toEqual([]);
    expect(dyadsOf({ actors: ['UKR', 'RUS'], targets: ['RUS'] })).toEqual(['RUS-UKR']);
  });
});
