import { DocumentQuery, compareBy, matches } from './document-query';

describe('document queries in memory', () => {
  const docs = [
    { id: 'a', actor: 'RUS', targets: ['UKR'], madeAt: '2025-05-28T10:00:00.000Z', opened: true },
    { id: 'b', actor: 'USA', targets: ['RUS'], madeAt: '2025-05-27T18:00:00.000Z', opened: false },
    { id: 'c', actor: 'RUS', targets: ['USA', 'UKR'], madeAt: '2025-05-30T10:00:00.000Z', opened: true },
  ];
  const run = (q: DocumentQuery) =>
    docs.filter((d) => q.where.every((c) => matches(d, c))).sort(compareBy(q.orderBy)).map((d) => d.id);

  it('filters by equality, membership and time range, and orders', () => {
    expect(run({ where: [{ field: 'actor', op: 'eq', value: 'RUS' }], orderBy: [{ field: 'madeAt', direction: 'desc' }] })).toEqual(['c', 'a']);
    expect(run({ where: [{ field: 'targets', op: 'contains', value: 'UKR' }], orderBy: [{ field: 'id', direction: 'asc' }] })).toEqual(['a', 'c']);
    expect(
      run({
        where: [
          { field: 'madeAt', op: 'gte', value: '2025-05-28T00:00:00.000Z' },
          { field: 'madeAt', op: 'lte', value: '2025-05-29T00:00:00.000Z' },
        ],
        orderBy: [],
      }),
    ).toEqual(['a']);
    expect(run({ where: [{ field: 'opened', op: 'eq', value: false }], orderBy: [] })).toEqual(['b']);
    expect(run({ where: [{ field: 'madeAt', op: 'lt', value: '2025-05-28T10:00:00.000Z' }], orderBy: [] })).toEqual(['b']);
  });
});
