import { apiSpecification, expectNewEvents, expectNoNewEvents, expectProblem, expectResponse, posted } from '../../../test/api-specification';

/**
 * The UN Group of Experts on the DRC (final report S/2022/967, December 2022) found Rwandan Defence Force
 * interventions in support of M23 from November 2021; the first of the month is approximate.
 */
const groupOfExperts = { publisher: 'UN Group of Experts on the Democratic Republic of the Congo', publishedAt: '2022-12-16T00:00:00Z' };
const m23 = { code: 'M23', name: 'March 23 Movement', type: 'group', backedBy: ['RWA'], source: groupOfExperts };
const backedSinceNovember2021 = { backedBy: ['RWA'], effectiveAt: '2021-11-01T00:00:00Z', source: groupOfExperts };

describe('backing of an actor', () => {
  const given = apiSpecification();

  it('records who backs an actor from a date on', () =>
    given(posted('/api/v1/actors', m23))
      .when((api) => api.post('/api/v1/actors/M23/backing', backedSinceNovember2021))
      .then(expectResponse(201), expectNewEvents('ActorBackingChanged')));

  it.each([
    ['a person', { backedBy: ['TRUMP'] }, 'backedBy[0]'],
    ['the actor itself', { backedBy: ['RWA', 'M23'] }, 'backedBy[1]'],
    ['an unknown backer', { backedBy: ['NOBODY'] }, 'backedBy[0]'],
    ['a date not yet come', { backedBy: ['RWA'], effectiveAt: '2999-01-01T00:00:00Z' }, 'effectiveAt'],
  ])('refuses a backing by %s, naming the field, and stores nothing', (_, change, field) =>
    given(posted('/api/v1/actors', m23))
      .when((api) => api.post('/api/v1/actors/M23/backing', { ...backedSinceNovember2021, ...change }))
      .then(expectProblem(400, [{ field, message: expect.any(String) }]), expectNoNewEvents()));

  it('refuses the backing of an actor nobody registered with 404', () =>
    given()
      .when((api) => api.post('/api/v1/actors/NOBODY/backing', backedSinceNovember2021))
      .then(expectProblem(404), expectNoNewEvents()));

  it('refuses a person as a backer on registration, naming the field', () =>
    given()
      .when((api) => api.post('/api/v1/actors', { ...m23, code: 'AFC', name: 'Alliance Fleuve Congo', backedBy: ['TRUMP'] }))
      .then(expectProblem(400, [{ field: 'backedBy[0]', message: expect.stringMatching(/person/) }]), expectNoNewEvents()));
});
