import { InvalidField, RuleViolation } from '../shared/domain-error';
import { deciderSpec } from '../../test/decider-spec';
import { actorDecider } from './actor-registration';
import { backersOf, backingHistory } from './actor-backing';
import { BUILT_IN_ACTORS, actingFor, builtInActor } from './built-in-actors';

const given = deciderSpec(actorDecider);
const metadata = { now: '2025-06-05T00:00:00.000Z' };

describe('actors', () => {
  it('knows every ISO 3166-1 alpha-3 country from the start', () => {
    const countries = [...BUILT_IN_ACTORS.values()].filter((a) => a.type === 'country');
    // The 249 assigned codes, and Kosovo's user-assigned XKX that the package adds.
    expect(countries.length).toBeGreaterThanOrEqual(249);
    expect(builtInActor('RUS')).toEqual({ code: 'RUS', name: 'Russian Federation', type: 'country', country: null });
    expect(builtInActor('TUR')?.type).toBe('country');
  });

  it('knows the common organisations and resolves people to the country they act for', () => {
    for (const code of ['NATO', 'EU', 'UN', 'AU', 'ASEAN', 'OSCE']) expect(builtInActor(code)?.type).toBe('organisation');
    const people = ['PUTIN', 'ZELENSKY', 'TRUMP', 'PESKOV', 'LAVROV', 'MERZ', 'STARMER'].map((code) => actingFor(builtInActor(code)!));
    expect(people).toEqual(['RUS', 'UKR', 'USA', 'RUS', 'RUS', 'DEU', 'GBR']);
    expect(builtInActor('NOBODY')).toBeNull();
  });

  it('registers an actor it does not know, once', () => {
    const kadyrov = { code: 'KADYROV', name: 'Ramzan Kadyrov', type: 'person' as const, country: 'RUS' };
    const registered = { type: 'ActorRegistered' as const, data: kadyrov, occurredAt: metadata.now };
    given([]).when({ type: 'RegisterActor', data: { ...kadyrov, backedBy: [] }, metadata }).then([registered]);
    given([registered]).when({ type: 'RegisterActor', data: { ...kadyrov, backedBy: [] }, metadata }).thenThrows(RuleViolation, /KADYROV is already known/);
  });

  it('refuses a built-in code and a person acting for no country', () => {
    given([]).when({ type: 'RegisterActor', data: { code: 'NATO', name: 'x', type: 'organisation', country: null, backedBy: [] }, metadata }).thenThrows(RuleViolation, /NATO is already known/);
    given([]).when({ type: 'RegisterActor', data: { code: 'SOMEONE', name: 'x', type: 'person', country: null, backedBy: [] }, metadata }).thenThrows(InvalidField, /country a person acts for/);
  });

  describe('backing', () => {
    const m23 = { code: 'M23', name: 'March 23 Movement', type: 'group' as const, country: null };

    it('registers a group with its backers, backed from the moment it is registered', () => {
      given([]).when({ type: 'RegisterActor', data: { ...m23, backedBy: ['RWA'] }, metadata }).then([
        { type: 'ActorRegistered', data: m23, occurredAt: metadata.now },
        { type: 'ActorBackingChanged', data: { code: 'M23', backedBy: ['RWA'], effectiveAt: metadata.now }, occurredAt: metadata.now },
      ]);
    });

    it('dates a change of backing at its effective date, and refuses the actor itself, a repeat or a future date', () => {
      const change = (backedBy: string[], effectiveAt = '2022-03-01T00:00:00.000Z') => ({ type: 'ChangeBacking' as const, data: { code: 'M23', backedBy, effectiveAt }, metadata });
      given([]).when(change(['RWA'])).then([{ type: 'ActorBackingChanged', data: change(['RWA']).data, occurredAt: '2022-03-01T00:00:00.000Z' }]);
      given([]).when(change(['RWA', 'M23'])).thenThrows(InvalidField, /M23 cannot back itself/);
      given([]).when(change(['RWA', 'RWA'])).thenThrows(InvalidField, /names RWA twice/);
      given([]).when(change(['RWA'], '2030-01-01T00:00:00.000Z')).thenThrows(InvalidField, /must not be later than when it is recorded/);
    });

    it('keeps each backer with when it began and ended, whatever order the changes were recorded in', () => {
      const history = backingHistory([
        { code: 'M23', backedBy: ['UGA'], effectiveAt: '2025-01-01T00:00:00.000Z' },
        { code: 'M23', backedBy: ['RWA'], effectiveAt: '2022-03-01T00:00:00.000Z' },
        { code: 'M23', backedBy: ['RWA', 'UGA'], effectiveAt: '2024-01-01T00:00:00.000Z' },
      ]);
      expect(history).toEqual([
        { backer: 'RWA', from: '2022-03-01T00:00:00.000Z', until: '2025-01-01T00:00:00.000Z' },
        { backer: 'UGA', from: '2024-01-01T00:00:00.000Z' },
      ]);
      expect(backersOf(history, '2021-12-31T00:00:00.000Z')).toEqual([]);
      expect(backersOf(history, '2024-06-01T00:00:00.000Z')).toEqual(['RWA', 'UGA']);
      expect(backersOf(history, '2025-01-01T00:00:00.000Z')).toEqual(['UGA']);
    });
  });
});
