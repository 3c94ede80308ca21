import fc from 'fast-check';
import { RESUMPTION_DAYS, deEscalationAt } from './de-escalation';
import { TensionInput, levelOf, readTension } from './tension-formula';

const DAY = 86_400_000;
const CEASEFIRE_AT = Date.parse('2025-05-10T11:30:00.000Z');
const at = (days: number) => new Date(CEASEFIRE_AT + days * DAY).toISOString();

const strike = (eventId: string, days: number, casualties = 10): TensionInput => ({
  eventId,
  kind: 'military_strike',
  cameoCode: '195',
  goldstein: -10,
  magnitude: { casualties },
  sources: 2,
  occurredAt: at(days),
});
const ceasefire = (stage: string, scope: string | null = 'full', days = 0): TensionInput => ({
  eventId: `ceasefire-${stage}-${scope}-${days}`,
  kind: 'ceasefire',
  cameoCode: stage === 'violated' ? '196' : '0871',
  goldstein: stage === 'violated' ? -9 : 9,
  magnitude: {},
  sources: 2,
  occurredAt: at(days),
  stage,
  scope,
});
const agreement = (stage: string, days = 0): TensionInput => ({ ...ceasefire(stage, null, days), eventId: `agreement-${stage}-${days}`, kind: 'agreement', cameoCode: '057', goldstein: stage === 'withdrawn' || stage === 'suspended' ? -5 : 8 });

/** A war of random strikes in the month before the ceasefire. */
const war = fc
  .array(fc.record({ days: fc.double({ min: -30, max: -0.01, noNaN: true }), casualties: fc.nat(500) }), { minLength: 1, maxLength: 40 })
  .map((strikes) => strikes.map((s, i) => strike(`s${i}`, s.days, s.casualties)));

const levels = ['low', 'elevated', 'high', 'severe'];
const levelIndex = (value: number) => levels.indexOf(levelOf(value));

describe('a ceasefire or an agreement between the parties', () => {
  it('brings the dyad to at most 60 % of its reading without it, and a level lower, within 7 days of quiet', () =>
    fc.assert(
      fc.property(war, fc.double({ min: 0, max: 7, noNaN: true }), (strikes, days) => {
        // Given a war, then a full ceasefire agreed and kept
        const without = readTension(strikes, at(days)).value;
        // When the dyad is read during the following week
        const withIt = readTension([...strikes, ceasefire('agreed')], at(days)).value;
        // Then it reads at most 60 % of the same moment without the ceasefire
        expect(withIt).toBeLessThanOrEqual(0.6 * without + 1e-9);
        if (days >= 7 && levelOf(without) !== 'low') expect(levelIndex(withIt)).toBeLessThan(levelIndex(without));
      }),
    ));

  it('counts an agreement at least as much as an agreed ceasefire, a declared or partial one less', () =>
    fc.assert(
      fc.property(war, fc.double({ min: 0, max: 30, noNaN: true }), (strikes, days) => {
        const value = (d: TensionInput) => readTension([...strikes, d], at(days)).value;
        expect(value(agreement('signed'))).toBeLessThanOrEqual(value(ceasefire('agreed')) + 1e-9);
        expect(value(ceasefire('agreed'))).toBeLessThanOrEqual(value(ceasefire('declared')) + 1e-9);
        expect(value(ceasefire('agreed'))).toBeLessThanOrEqual(value(ceasefire('agreed', 'partial')) + 1e-9);
        expect(value(ceasefire('agreed', 'partial'))).toBeLessThanOrEqual(value(ceasefire('agreed', 'humanitarian_pause')) + 1e-9);
      }),
    ));

  it('stops counting at once when the parties fight again, and counts again after days of quiet', () => {
    // Given a war, a ceasefire and a violation two hours later
    const strikes = [strike('a', -3, 100), strike('b', -1, 50)];
    const kept = [...strikes, ceasefire('agreed')];
    const violated = [...kept, strike('v', 2 / 24, 0)];
    // Then the violation brings back the conflict the ceasefire had set aside
    expect(readTension(violated, at(0.5)).deEscalation).toBeNull();
    expect(readTension(violated, at(0.5)).setAside).toBe(0);
    // And after RESUMPTION_DAYS of quiet the ceasefire holds again, over everything up to the violation
    const resumed = readTension(violated, at(RESUMPTION_DAYS + 0.1));
    expect(resumed.deEscalation).toMatchObject({ kind: 'ceasefire', setsAsideThrough: at(2 / 24) });
    expect(resumed.contributions.find((c) => c.eventId === 'v')?.relief).toBe(0.5);
  });

  it('ends for good when it collapses or a party withdraws, and a suspension counts against the dyad', () => {
    const strikes = [strike('a', -3, 100)];
    expect(deEscalationAt([...strikes, ceasefire('agreed'), ceasefire('collapsed', null, 1)], at(30))).toBeNull();
    expect(deEscalationAt([...strikes, agreement('signed'), agreement('withdrawn', 1)], at(30))).toBeNull();
    const suspended = readTension([...strikes, agreement('suspended', 1)], at(2));
    expect(suspended.value).toBeGreaterThan(readTension(strikes, at(2)).value);
  });

  it("is not ended by a backed group's acts, which still count in full", () => {
    const byGroup: TensionInput = { ...strike('m23', 1, 20), via: 'M23', attribution: 0.5 };
    const reading = readTension([strike('a', -3, 100), agreement('signed'), byGroup], at(2));
    expect(reading.deEscalation).toMatchObject({ kind: 'agreement', stage: 'signed' });
    expect(reading.contributions.find((c) => c.eventId === 'm23')).toMatchObject({ relief: 1, attribution: 0.5, via: 'M23' });
  });

  it('keeps the reading bounded, order-free and recomputable from what it lists', () =>
    fc.assert(
      fc.property(
        war,
        fc.constantFrom(ceasefire('agreed'), ceasefire('declared', 'partial'), agreement('signed'), ceasefire('violated', null, 1)),
        fc.double({ min: -10, max: 40, noNaN: true }),
        (strikes, deEscalation, days) => {
          const inputs = [...strikes, deEscalation];
          const reading = readTension(inputs, at(days));
          expect(readTension([...inputs].reverse(), at(days))).toEqual(reading);
          expect(reading.value).toBeGreaterThanOrEqual(0);
          expect(reading.value).toBeLessThan(100);
          const conflict = reading.contributions.filter((c) => c.channel === 'conflict');
          const held = conflict.reduce((sum, c) => sum + c.contribution * c.relief, 0);
          expect(reading.value).toBeCloseTo((100 * held) / (reading.conflict + reading.cooperation + 25), 9);
        },
      ),
    ));
});
