import { apiSpecification, expectNewEvents, expectNoNewEvents, expectProblem, expectResponse, posted } from '../../../test/api-specification';

const budanov = { code: 'BUDANOV', name: 'Kyrylo Budanov', type: 'person', country: 'UKR' };

describe('POST /api/v1/actors', () => {
  const given = apiSpecification();

  it('registers an actor the registry does not know, so a development may name it at once', () =>
    given(posted('/api/v1/actors', budanov))
      .when((api) => api.post('/api/v1/developments', { kind: 'accusation', actor: 'BUDANOV', targets: ['RUS'], occurredAt: '2025-05-21T00:00:00Z', datePrecision: 'day', details: { allegation: 'a test input, not reporting' } }))
      .then(expectResponse(201), expectNewEvents('AccusationRecorded')));

  it('refuses an actor the registry already knows with 409', () =>
    given()
      .when((api) => api.post('/api/v1/actors', { code: 'NATO', name: 'again', type: 'organisation' }))
      .then(expectProblem(409), expectNoNewEvents()));
});
