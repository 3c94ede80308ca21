import { ADMIN_KEY, WRITER_KEY, apiSpecification, expectNewEvents, expectNoNewEvents, expectProblem } from '../../test/api-specification';
import { exchangeOf24May } from '../openapi/istanbul-examples';

const exchanges = '/api/v1/prisoner-exchanges';

describe('API keys and roles', () => {
  const given = apiSpecification();

  it('refuses a write without a key with 401, and stores nothing', () =>
    given()
      .when((api) => api.http().post(exchanges).send(exchangeOf24May))
      .then(expectProblem(401), expectNoNewEvents()));

  it('refuses a write with an unknown key with 401, and stores nothing', () =>
    given()
      .when((api) => api.http().post(exchanges).set('X-API-Key', 'not-a-key').send(exchangeOf24May))
      .then(expectProblem(401), (res) => expect(res.body).toMatchObject({ status: 401, detail: expect.stringMatching(/not known/) }), expectNoNewEvents()));

  // Roles are writer and admin only: no key is refused a registration with 403, as any known key may write.
  it.each([{}, { 'X-API-Key': 'not-a-key' }])('refuses registering an actor without a known key with 401, and stores nothing: %p', (headers) =>
    given()
      .when((api) => api.http().post('/api/v1/actors').set(headers).send({ code: 'BUDANOV', name: 'Kyrylo Budanov', type: 'person', country: 'UKR' }))
      .then(expectProblem(401), expectNoNewEvents()));

  it.each([
    ['GET', '/api/v1/admin/dead-letters'],
    ['GET', '/api/v1/admin/projections'],
    ['POST', '/api/v1/admin/projections/all/rebuild'],
  ])('keeps %s %s to admin keys: 403 to a writer key, 401 to no key', (method, path) =>
    given()
      .when(async (api) => {
        const none = await api.http()[method === 'GET' ? 'get' : 'post'](path);
        expect(none.status).toBe(401);
        return api.http()[method === 'GET' ? 'get' : 'post'](path).set('X-API-Key', WRITER_KEY);
      })
      .then(expectProblem(403), (res) => expect(res.body.detail).toMatch(/needs a key with the admin role/)));

  it('lets an admin key write too, recorded under its fingerprint, never the key', () =>
    given()
      .when((api) => api.post(exchanges, exchangeOf24May, { 'X-API-Key': ADMIN_KEY }))
      .then(expectNewEvents('PrisonerExchangeRecorded'), (_, [recorded]) => {
        expect(recorded.metadata.writtenBy).toMatch(/^env:[0-9a-f]{12}$/);
        expect(JSON.stringify(recorded)).not.toContain(ADMIN_KEY);
      }));
});
