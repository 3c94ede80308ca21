import { apiSpecification, expectNoNewEvents, expectProblem, posted } from '../../../test/api-specification';
import { exchangeOf24May } from '../../openapi/istanbul-examples';

/** Narendra Modi, Prime Minister of India: a person, registered. */
const modi = { code: 'MODI', name: 'Narendra Modi', type: 'person', country: 'IND' };

describe('POST /api/v1/prisoner-exchanges', () => {
  const given = apiSpecification();

  it('refuses a negative count, naming the entry, and stores nothing', () =>
    given()
      .when((api) => api.post('/api/v1/prisoner-exchanges', { ...exchangeOf24May, returned: [{ to: 'RUS', count: -5 }] }))
      .then(expectProblem(400, [{ field: 'returned[0].count', message: expect.any(String) }]), expectNoNewEvents()));

  it('refuses an exchange returned to a person, naming the side, and stores nothing', () =>
    given(posted('/api/v1/actors', modi))
      .when((api) => api.post('/api/v1/prisoner-exchanges', { ...exchangeOf24May, returned: [{ to: 'PAK', count: 1 }, { to: 'MODI', count: 1 }] }))
      .then(expectProblem(400, [{ field: 'returned[1].to', message: expect.stringMatching(/MODI is a person/) }]), expectNoNewEvents()));
});
