import fc from 'fast-check';
import {
  DEFAULT_TENSION_PARAMETERS,
  TensionInput,
  contributionOf,
  indexValue,
  levelOf,
  magnitudeFactor,
  readTension,
} from './tension-formula';

const DAY = 86_400_000;
const asOf = '2025-06-02T12:00:00.000Z';

const input = fc.record({
  eventId: fc.uuid(),
  kind: fc.constantFrom('military_strike', 'statement', 'talks'),
  cameoCode: fc.constantFrom('195', '046', '111'),
  goldstein: fc.double({ min: -10, max: 10, noNaN: true }),
  magnitude: fc.record(
    { casualties: fc.nat(100_000), count: fc.nat(10_000), areaKm2: fc.nat(1_000_000), damageUsd: fc.nat(1e10) },
    { requiredKeys: [] },
  ),
  sources: fc.integer({ min: 0, max: 20 }),
  occurredAt: fc.integer({ min: Date.parse('2024-01-01'), max: Date.parse(asOf) }).map((t) => new Date(t).toISOString()),
});
const inputs = fc.array(input, { maxLength: 40 });
const hostile = input.map((e) => ({ ...e, goldstein: -Math.max(0.1, Math.abs(e.goldstein)) }));
const cooperative = input.map((e) => ({ ...e, goldstein: Math.max(0.1, Math.abs(e.goldstein)) }));
const value = (events: TensionInput[], at = asOf) => readTension(events, at).value;

describe('tension formula', () => {
  it('is bounded between 0 and 100', () =>
    fc.assert(fc.property(inputs, (events) => value(events) >= 0 && value(events) < 100)));

  it('never falls when a hostile development is added at its time', () =>
    fc.assert(fc.property(inputs, hostile, (events, e) => value([...events, e], e.occurredAt) >= value(events, e.occurredAt))));

  it('never rises when a cooperative development is added at its time', () =>
    fc.assert(fc.property(inputs, cooperative, (events, e) => value([...events, e], e.occurredAt) <= value(events, e.occurredAt))));

  it('gives the same reading for any order of the same developments', () =>
    fc.assert(
      fc.property(inputs.chain((events) => fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length }))), ([a, b]) => {
        expect(readTension(b, asOf)).toEqual(readTension(a, asOf));
      }),
    ));

  it('decays monotonically towards zero when nothing new happens', () =>
    fc.assert(
      fc.property(inputs, fc.integer({ min: 1, max: 400 }), (events, days) => {
        const later = new Date(Date.parse(asOf) + days * DAY).toISOString();
        const muchLater = new Date(Date.parse(asOf) + 3000 * DAY).toISOString();
        return value(events, later) <= value(events) && value(events, muchLater) < 1e-6;
      }),
    ));

  it('can be recomputed from the contributions it lists', () =>
    fc.assert(
      fc.property(inputs, (events) => {
        const reading = readTension(events, asOf);
        const sum = (channel: string) => reading.contributions.filter((c) => c.channel === channel).reduce((s, c) => s + Math.abs(c.goldstein) * c.magnitude * c.sourceWeight * c.decay, 0);
        expect(reading.conflict).toBeCloseTo(sum('conflict'), 9);
        expect(reading.cooperation).toBeCloseTo(sum('cooperation'), 9);
        expect(reading.value).toBeCloseTo(indexValue(reading.conflict, reading.cooperation, DEFAULT_TENSION_PARAMETERS.scale), 9);
      }),
    ));

  it('counts a hostile and a cooperative development in separate channels, not as one net number', () => {
    const strike: TensionInput = { eventId: 'a', kind: 'military_strike', cameoCode: '195', goldstein: -10, magnitude: {}, sources: 2, occurredAt: asOf };
    const talks: TensionInput = { ...strike, eventId: 'b', kind: 'talks', cameoCode: '046', goldstein: 10 };
    const reading = readTension([strike, talks], asOf);
    expect(reading.conflict).toBeCloseTo(7.5);
    expect(reading.cooperation).toBeCloseTo(7.5);
    expect(reading.value).toBeGreaterThan(0);
  });

  it('weighs size logarithmically, corroboration by independent sources, age by the half-life', () => {
    expect(magnitudeFactor({ count: 112 }, DEFAULT_TENSION_PARAMETERS.magnitudeUnits)).toBeCloseTo(1 + Math.log10(113));
    expect(magnitudeFactor({ areaKm2: 113_100 }, DEFAULT_TENSION_PARAMETERS.magnitudeUnits)).toBeCloseTo(1 + Math.log10(1_132));
    const base: TensionInput = { eventId: 'a', kind: 'k', cameoCode: '195', goldstein: -10, magnitude: {}, sources: 1, occurredAt: '2025-05-19T12:00:00.000Z' };
    expect(contributionOf(base, asOf)).toMatchObject({ sourceWeight: 0.5, decay: 0.5, contribution: 2.5 });
    expect(contributionOf({ ...base, sources: 3 }, asOf)?.sourceWeight).toBe(0.875);
    expect(contributionOf({ ...base, occurredAt: '2025-06-03T00:00:00.000Z' }, asOf)).toBeNull();
  });

  it('counts a development until the moment it stopped counting, and not from then on', () => {
    const round: TensionInput = { eventId: 'r', kind: 'talks', cameoCode: '036', goldstein: 4, magnitude: {}, sources: 1, occurredAt: '2025-05-30T12:00:00.000Z', until: '2025-06-01T00:00:00.000Z' };
    expect(contributionOf(round, '2025-05-31T12:00:00.000Z')?.channel).toBe('cooperation');
    expect(contributionOf(round, '2025-06-01T00:00:00.000Z')).toBeNull();
    expect(readTension([round], asOf).cooperation).toBe(0);
  });

  it('names its levels', () => {
    expect([0, 24.9, 25, 49.9, 50, 74.9, 75, 99].map(levelOf)).toEqual(['low', 'low', 'elevated', 'elevated', 'high', 'high', 'severe', 'severe']);
  });
});
