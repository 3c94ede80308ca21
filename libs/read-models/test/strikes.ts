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
  /** Some are not strikes but the moves that end them, or break them. */
  move: fc.oneof(
    { arbitrary: fc.constant(null), weight: 3 },
    { arbitrary: fc.constantFrom('ceasefire:agreed', 'ceasefire:declared', 'ceasefire:violated', 'ceasefire:collapsed', 'agreement:signed', 'agreement:withdrawn'), weight: 1 },
  ),
});
export type Strike = typeof strike extends fc.Arbitrary<infer T> ? T : never;

export const eventsOf = (strikes: Strike[]): ParleyEvent[] =>
  strikes.flatMap((s): ParleyEvent[] => {
    const ref = { developmentId: s.id, kind: 'military_strike' as const, trackId: null };
    if (s.move) return movesOf(s);
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

const MOVE_CODES: Record<string, string> = {
  'ceasefire:agreed': '0871',
  'ceasefire:declared': '0871',
  'ceasefire:violated': '196',
  'ceasefire:collapsed': '1246',
  'agreement:signed': '057',
  'agreement:withdrawn': '127',
};

/** A ceasefire or an agreement between the strike's actor and its first target. */
function movesOf(s: Strike): ParleyEvent[] {
  const [kind, stage] = s.move!.split(':') as ['ceasefire' | 'agreement', string];
  const parties = [s.actor, s.targets.find((t) => t !== s.actor) ?? (s.actor === 'RUS' ? 'UKR' : 'RUS')];
  const ref = { developmentId: s.id, kind, trackId: null };
  const details = kind === 'ceasefire' ? { stage, scope: 'full', startsAt: s.occurredAt } : { stage, title: 'An agreement' };
  const data = {
    ...ref,
    actor: parties[0],
    actors: parties,
    person: null,
    targets: [],
    occurredAt: s.occurredAt,
    datePrecision: 'exact' as const,
    location: null,
    summary: null,
    magnitude: {},
    details,
    cameo: cameoOf(MOVE_CODES[s.move!]),
    source: { publisher: 'Reuters' },
  };
  const recordedEvent = { type: kind === 'ceasefire' ? 'CeasefireRecorded' : 'AgreementRecorded', data, occurredAt: s.occurredAt } as ParleyEvent;
  const retraction: ParleyEvent = { type: 'DevelopmentRetracted', data: { ...ref, reason: null }, occurredAt: s.occurredAt };
  return s.retracted ? [recordedEvent, retraction] : [recordedEvent];
}

export const foldStrikes = (strikes: Strike[]) =>
  InMemoryDocuments.fold(PROJECTIONS, recorded(eventsOf(strikes), (e) => (e.data as { developmentId: string }).developmentId));

