import { apiSpecification, expectProblem } from '../../test/api-specification';
import { DATE_PARAMETERS } from '../../test/date-parameters';

const LISTS_WITH_A_PERIOD = ['/api/v1/events', '/api/v1/statements', '/api/v1/developments', '/api/v1/tension/RUS-UKR/history'];

/** Refusals of a query, before any read model is read: no database behind these. */
describe('queries validated one way', () => {
  const given = apiSpecification();
  const get = (path: string) => given().when((api) => api.http().get(path));

  describe.each(DATE_PARAMETERS)('%s', (path, params) => {
    it.each(params)('refuses %s when it is neither a plain date nor a date-time, naming it', (param) =>
      get(`${path}?${param}=yesterday`).then(expectProblem(400, [{ field: param, message: expect.stringMatching(/date/) }])));
  });

  it.each(LISTS_WITH_A_PERIOD)('refuses %s with from after to, naming from', (path) =>
    get(`${path}?from=2025-06-02&to=2025-06-01`).then(expectProblem(400, [{ field: 'from', message: 'must not be after to' }])));

  it.each(['/api/v1/developments', '/api/v1/developments/retractions'])('refuses %s a cursor it never issued', async (path) => {
    await get(`${path}?cursor=garbage`).then(expectProblem(400, [{ field: 'cursor', message: expect.stringMatching(/nextCursor/) }]));
    await get(`${path}?cursor=2025-13-45T00:00:00.000Z|00000000-0000-0000-0000-000000000000`).then(expectProblem(400, [{ field: 'cursor', message: expect.any(String) }]));
  });

  it.each(['', '/history', '/trend?month=2025-05'])('refuses the tension of an actor with itself (400) and of an unknown actor (404), naming the dyad: %s', async (tail) => {
    const [rest, query = ''] = tail.split('?');
    await get(`/api/v1/tension/IND-IND${rest}?${query}`).then(expectProblem(400, [{ field: 'dyad', message: expect.stringMatching(/two different actors/) }]));
    await get(`/api/v1/tension/IND-XXX${rest}?${query}`).then(expectProblem(404, [{ field: 'dyad', message: 'XXX is not a known actor' }]));
  });

  it.each(['XXX', 'cod', 'CD'])('refuses a place country no country has (%s), naming country', (code) =>
    get(`/api/v1/developments?country=${code}`).then(expectProblem(400, [{ field: 'country', message: expect.stringMatching(/ISO 3166-1 alpha-3/) }])));

  it('refuses a bad filter on the statements with 400 naming it', () =>
    get('/api/v1/statements?from=yesterday').then(expectProblem(400), (res) => expect(res.body.errors[0].field).toBe('from')));
});
