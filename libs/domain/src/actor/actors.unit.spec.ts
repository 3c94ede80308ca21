import { InvalidField, RuleViolation } from '../shared/domain-error';
import { deciderSpec } from '../../test/decider-spec';
import { actorDecider } from './actor-registration';
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
    given([]).when({ type: 'RegisterActor', data: kadyrov, metadata }).then([registered]);
    given([registered]).when({ type: 'RegisterActor', data: kadyrov, metadata }).thenThrows(RuleViolation, /KADYROV is already known/);
  });

  it('refuses a built-in code and a person acting for no country', () => {
    given([]).when({ type: 'RegisterActor', data: { code: 'NATO', name: 'x', type: 'organisation', country: null }, metadata }).thenThrows(RuleViolation, /NATO is already known/);
    given([]).when({ type: 'RegisterActor', data: { code: 'SOMEONE', name: 'x', type: 'person', country: null }, metadata }).thenThrows(InvalidField, /country a person acts for/);
  });
});
