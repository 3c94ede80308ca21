import { ParleyEvent, cameoOf } from '@parley/domain';
import fc from 'fast-check';
import { InMemoryDocuments } from '../src/in-memory-documents';
import { PROJECTIONS } from '../src/index';
import { recorded } from './recorded';

/** Random military strikes among four actors over ten weeks from December 2024, some of them retracted: the tension index's test bed. */
export const ACTORS = ['RUS', 'UKR', 'USA', 'DEU'];
export const DAY = 86_400_000;
// Across a new year, so readings sum years, months and days.
export const START = Date.parse('2024-12-10T00:00:00.000Z');
export const instant = (from: number, days: number) => fc.integer({ min: from, max: from + days * DAY }).map((t) => new Date(t).toISOString());

export const strike = fc.record({
  id: fc.uuid(),
  actor: fc.constantFrom(...ACTORS),
  targets: fc.uniqueArray(fc.constantFrom(...ACTORS), { minLength: 1, maxLength: 3 }),
  occurredAt: instant(START, 70),
  cameoCode: fc.constantFrom('195', '190', '036', '046', '111', '010'),
  casualties: fc.nat(500),
  retracted: fc.boolean(),
});
export type Strike = typeof strike extends fc.Arbitrary<infer T> ? T : never;

export const eventsOf = (strikes: Strike[]): ParleyEvent[] =>
  strikes.flatMap((s): ParleyEvent[] => {
    const ref = { developmentId: s.id, kind: 'military_strike' as const, trackId: null };
    const recordedEvent: ParleyEvent = {
      type: 'MilitaryStrikeRecorded',
      data: {
        ...ref,
        actor: s.actor,
        actors: [s.actor],
        person: null,
        targets: s.targets,
        occurredAt: s.occurredAt,
        datePrecision: 'exact',
        location: null,
        summary: null,
        magnitude: { casualties: s.casualties },
        details: { means: ['drone'] },
        cameo: cameoOf(s.cameoCode),
        source: { publisher: 'Reuters' },
      },
      occurredAt: s.occurredAt,
    };
    const retraction: ParleyEvent = { type: 'DevelopmentRetracted', data: { ...ref, reason: null }, occurredAt: s.occurredAt };
    return s.retracted ? [recordedEvent, retraction] : [recordedEvent];
  });

export const foldStrikes = (strikes: Strike[]) =>
  InMemoryDocuments.fold(PROJECTIONS, recorded(eventsOf(strikes), (e) => (e.data as { developmentId: string }).developmentId));

