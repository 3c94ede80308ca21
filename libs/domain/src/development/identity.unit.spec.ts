import fc from 'fast-check';
import { DATE_PRECISIONS } from './development-kinds';
import { IdentityFacts, closeFigures, compareIdentity, fieldName, findCorroborated, variantOf } from './identity';
import { identityStreams } from './identity-streams';
import { windowOf } from './time-window';

/** The drone strike on Jammu the morning of 10 May 2025, as a first report might give it. */
const morning: IdentityFacts = {
  kind: 'military_strike',
  variant: {},
  actors: ['PAK'],
  targets: ['IND'],
  cameoCode: '195',
  occurredAt: '2025-05-10T05:00:00.000Z',
  datePrecision: 'exact',
  location: 'Jammu',
  figures: {},
};

const MIN = 60_000;
const at = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * MIN).toISOString();

describe('identity of a development', () => {
  it('takes a report of the same facts for the same development, saying what matched', () => {
    expect(compareIdentity({ ...morning, occurredAt: at(morning.occurredAt, 45) }, morning)).toEqual({
      outcome: 'same',
      matched: ['kind', 'actors', 'targets', 'cameoCode', 'occurredAt', 'location'],
    });
  });

  it('keeps the drone violation of that evening in Srinagar apart from the morning strike', () => {
    const evening = { ...morning, occurredAt: '2025-05-10T16:00:00.000Z', location: 'Srinagar' };
    expect(compareIdentity(evening, morning)).toMatchObject({ outcome: 'different', field: 'occurredAt' });
    expect(compareIdentity({ ...evening, datePrecision: 'day' }, { ...morning, datePrecision: 'day' })).toMatchObject({
      outcome: 'different',
      field: 'location',
    });
  });

  it('names the first fact that differs: stage, actors, targets, code', () => {
    const stage = (value: string) => ({ ...morning, kind: 'ceasefire', variant: { 'details.stage': value } });
    expect(compareIdentity(stage('violated'), stage('agreed'))).toMatchObject({ outcome: 'different', field: 'details.stage' });
    expect(compareIdentity({ ...morning, actors: ['IND'], targets: ['PAK'] }, morning)).toMatchObject({ field: 'actors' });
    expect(compareIdentity({ ...morning, targets: ['IND', 'AFG'] }, morning)).toMatchObject({ field: 'targets' });
    expect(compareIdentity({ ...morning, cameoCode: '194' }, morning)).toMatchObject({ field: 'cameoCode' });
  });

  it("calls an exchange's sides returned and a statement's time madeAt", () => {
    const exchange = { ...morning, kind: 'prisoner_exchange', actors: ['IND', 'PAK'], targets: [] };
    expect(compareIdentity({ ...exchange, actors: ['IND', 'BGD'] }, exchange)).toMatchObject({ field: 'returned' });
    const statement = { ...morning, kind: 'statement' };
    expect(compareIdentity({ ...statement, occurredAt: at(morning.occurredAt, 61) }, statement)).toMatchObject({ field: 'madeAt' });
  });

  it('accepts a place unnamed in one report, and does not list it as matched', () => {
    expect(compareIdentity({ ...morning, location: null }, morning)).toEqual({
      outcome: 'same',
      matched: ['kind', 'actors', 'targets', 'cameoCode', 'occurredAt'],
    });
    expect(compareIdentity({ ...morning, location: ' JAMMU. ' }, morning)).toMatchObject({ outcome: 'same' });
  });

  it('records a toll of 31 against 26 as disputed, and 500 returned against 10 as another event', () => {
    const toll = (casualties: number) => ({ ...morning, figures: { 'magnitude.casualties': casualties } });
    expect(compareIdentity(toll(31), toll(26))).toEqual({
      outcome: 'disputed',
      matched: ['kind', 'actors', 'targets', 'cameoCode', 'occurredAt', 'location'],
      disputed: [{ field: 'magnitude.casualties', value: 31, recorded: 26 }],
    });
    const returned = (count: number) => ({ ...morning, figures: { 'returned[IND].count': count, 'returned[PAK].count': count } });
    expect(compareIdentity(returned(500), returned(10))).toMatchObject({ outcome: 'different', field: 'returned[IND].count' });
    expect(compareIdentity({ ...morning, figures: { 'magnitude.casualties': 3 } }, morning)).toMatchObject({ outcome: 'same' });
  });

  it("tells events apart by details.stage where the kind has one, else by its kind's own details", () => {
    expect(variantOf('ceasefire', { stage: 'violated', scope: 'full' })).toEqual({ 'details.stage': 'violated' });
    expect(variantOf('territorial_change', { change: 'lost', region: 'Bukavu' })).toEqual({ 'details.change': 'lost' });
    expect(variantOf('military_strike', { means: ['drone', 'missile'] })).toEqual({});
    expect(variantOf('personnel_change', { person: ' Mykhailo  Drapatyi', change: 'resigned' })).toEqual({
      'details.person': 'mykhailo drapatyi',
      'details.change': 'resigned',
    });
  });

  it('dates a window by its precision: the hour around an exact time, the UTC day, the ISO week, the month', () => {
    const iso = ([a, b]: readonly [number, number]) => [new Date(a).toISOString(), new Date(b).toISOString()];
    expect(iso(windowOf('2025-05-10T16:00:00.000Z', 'exact'))).toEqual(['2025-05-10T15:30:00.000Z', '2025-05-10T16:30:00.000Z']);
    expect(iso(windowOf('2025-05-10T16:00:00.000Z', 'day'))).toEqual(['2025-05-10T00:00:00.000Z', '2025-05-10T23:59:59.999Z']);
    expect(iso(windowOf('2025-05-10T16:00:00.000Z', 'week'))).toEqual(['2025-05-05T00:00:00.000Z', '2025-05-11T23:59:59.999Z']);
    expect(iso(windowOf('2025-05-10T16:00:00.000Z', 'month'))).toEqual(['2025-05-01T00:00:00.000Z', '2025-05-31T23:59:59.999Z']);
  });

  it('finds the first development a report tells of, or none', () => {
    const evening = { identity: { ...morning, occurredAt: '2025-05-10T16:00:00.000Z', location: 'Srinagar' } };
    const first = { identity: morning };
    expect(findCorroborated({ ...morning, location: null, occurredAt: at(morning.occurredAt, 20) }, [first, evening])?.candidate).toBe(first);
    expect(findCorroborated({ ...morning, occurredAt: '2025-05-11T05:00:00.000Z' }, [first, evening])).toBeNull();
  });

  it('decides every report that could tell of a development on the stream of the month its window starts, looking a week back', () => {
    const { own, neighbours } = identityStreams(morning);
    expect(neighbours).toEqual([]);
    expect(identityStreams({ ...morning, cameoCode: '194' }).own).not.toBe(own);
    const june = identityStreams({ ...morning, occurredAt: '2025-06-15T12:00:00.000Z' }).own;
    const lateOnTheLast = identityStreams({ ...morning, occurredAt: '2025-05-31T23:50:00.000Z' });
    expect(lateOnTheLast).toEqual({ own, neighbours: [june] });
    expect(identityStreams({ ...morning, occurredAt: '2025-06-01T00:10:00.000Z' }).own).toBe(own);
    expect(identityStreams({ ...morning, occurredAt: '2025-06-03T12:00:00.000Z', datePrecision: 'day' })).toEqual({ own: june, neighbours: [own] });
  });
});

describe('identity, for any reports', () => {
  const instant = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
  const facts: fc.Arbitrary<IdentityFacts> = fc.record({
    kind: fc.constantFrom('military_strike', 'ceasefire', 'statement'),
    variant: fc.constantFrom<Record<string, string>>({}, { 'details.stage': 'violated' }, { 'details.stage': 'agreed' }),
    actors: fc.uniqueArray(fc.constantFrom('IND', 'PAK', 'RWA', 'M23'), { minLength: 1, maxLength: 2 }),
    targets: fc.uniqueArray(fc.constantFrom('COD', 'USA'), { maxLength: 2 }),
    cameoCode: fc.constantFrom('195', '0871'),
    occurredAt: instant,
    datePrecision: fc.constantFrom(...DATE_PRECISIONS),
    location: fc.constantFrom(null, 'Srinagar', 'Goma'),
    figures: fc.constantFrom<Record<string, number>>({}, { 'magnitude.casualties': 26 }, { 'magnitude.casualties': 31 }, { 'magnitude.casualties': 500 }),
  });

  it('takes every report for the development it tells of, in any order of its actors and targets', () =>
    fc.assert(
      fc.property(facts, (f) => {
        expect(compareIdentity({ ...f, actors: [...f.actors].reverse(), targets: [...f.targets].reverse() }, f)).toMatchObject({ outcome: 'same' });
      }),
    ));

  it('is symmetric: two reports tell of one development, or not, whichever came first', () =>
    fc.assert(
      fc.property(facts, facts, (a, b) => {
        expect(compareIdentity(a, b).outcome === 'different').toBe(compareIdentity(b, a).outcome === 'different');
      }),
    ));

  it('never takes two exact times more than an hour apart for one development', () =>
    fc.assert(
      fc.property(facts, fc.integer({ min: 61, max: 100_000 }), (f, minutes) => {
        const a = { ...f, datePrecision: 'exact' as const };
        expect(compareIdentity({ ...a, occurredAt: at(a.occurredAt, minutes) }, a)).toMatchObject({ outcome: 'different', field: fieldName(f.kind, 'occurredAt') });
      }),
    ));

  it('never corroborates across a difference of kind, stage, actors, targets, code or named place', () =>
    fc.assert(
      fc.property(facts, facts, (a, b) => {
        const comparison = compareIdentity(a, b);
        const differs =
          a.kind !== b.kind ||
          JSON.stringify(a.variant) !== JSON.stringify(b.variant) ||
          [...a.actors].sort().join() !== [...b.actors].sort().join() ||
          [...a.targets].sort().join() !== [...b.targets].sort().join() ||
          a.cameoCode !== b.cameoCode ||
          (a.location !== null && b.location !== null && a.location !== b.location);
        if (differs) expect(comparison.outcome).toBe('different');
      }),
    ));

  it('disputes only figures close to each other, and says which', () =>
    fc.assert(
      fc.property(facts, fc.nat(10_000), fc.nat(10_000), (f, a, b) => {
        const comparison = compareIdentity({ ...f, figures: { 'magnitude.casualties': a } }, { ...f, figures: { 'magnitude.casualties': b } });
        const expected = a === b ? 'same' : closeFigures(a, b) ? 'disputed' : 'different';
        expect(comparison.outcome).toBe(expected);
      }),
    ));

  it('has a later report look into the stream of any earlier one it tells of, whichever came first', () =>
    fc.assert(
      fc.property(facts, fc.integer({ min: -40 * 24 * 60, max: 40 * 24 * 60 }), fc.constantFrom(...DATE_PRECISIONS), (a, minutes, datePrecision) => {
        const same = { ...a, occurredAt: at(a.occurredAt, minutes), datePrecision };
        fc.pre(compareIdentity(same, a).outcome !== 'different');
        const [sa, sb] = [identityStreams(a), identityStreams(same)];
        expect([sa.own, ...sa.neighbours]).toContain(sb.own);
        expect([sb.own, ...sb.neighbours]).toContain(sa.own);
      }),
    ));
});
