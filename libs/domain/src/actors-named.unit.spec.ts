import { actorsNamedBy, actorsOfDevelopment } from './actors-named';
import { ParleyEvent } from './events';

const event = (type: string, data: object) => ({ type, data, occurredAt: '2025-05-10T12:00:00.000Z' }) as ParleyEvent;

describe('the actors an event names', () => {
  it('names the parties and mediators of a round, the sides of an exchange and an actor with its backers', () => {
    expect(actorsNamedBy(event('TalksScheduled', { parties: ['RUS', 'UKR'], mediators: ['TUR'] }))).toEqual(['RUS', 'UKR', 'TUR']);
    expect(actorsNamedBy(event('PrisonerExchangeRecorded', { returned: [{ to: 'RUS', count: 1 }, { to: 'UKR', count: 1 }], mediators: ['ARE'] }))).toEqual(['RUS', 'UKR', 'ARE']);
    expect(actorsNamedBy(event('ActorBackingChanged', { code: 'M23', backedBy: ['RWA'], effectiveAt: '2021-11-01T00:00:00.000Z' }))).toEqual(['M23', 'RWA']);
    expect(actorsNamedBy(event('TalksStarted', { trackId: 'russia-ukraine', round: 2 }))).toEqual([]);
  });

  it('names who acted, the person, the targets and the actors in the details of a development, each once', () => {
    const supply = { kind: 'arms_supply_decision', actor: 'DEU', person: 'MERZ', targets: ['UKR'], targetPersons: [], details: { supplier: 'DEU', recipient: 'UKR', system: 'Taurus' } };
    expect(actorsNamedBy(event('ArmsSupplyDecisionRecorded', supply))).toEqual(['DEU', 'MERZ', 'UKR']);
    expect(actorsNamedBy(event('DevelopmentCorrected', { changes: { targets: ['PAK'], targetPersons: [] } }))).toEqual(['PAK']);
  });

  it('reads a joint act through its actors, where a development lists several', () => {
    expect(actorsOfDevelopment({ actors: ['IND', 'PAK'], targets: [] })).toEqual(['IND', 'PAK']);
  });
});
