import { apiSpecification, expectNewEvents, expectNoNewEvents, expectProblem, expectResponse, posted, writer } from '../../../test/api-specification';
import { TRACK, exchangeOf24May, scheduleRound2, trumpOnTruthSocial } from '../../openapi/istanbul-examples';

describe('amending a development: PATCH and DELETE /api/v1/developments/:id', () => {
  const given = apiSpecification();

  it.each([
    ['a magnitude of an exchange', posted('/api/v1/prisoner-exchanges', exchangeOf24May), { magnitude: { count: 780 } }, 'magnitude'],
    ['a location of a statement', posted('/api/v1/statements', trumpOnTruthSocial), { location: 'Washington' }, 'location'],
    ["a round's time, which postpone, start and conclude change", posted(`/api/v1/negotiations/${TRACK}/rounds`, scheduleRound2), { occurredAt: '2025-06-03T09:00:00Z' }, 'occurredAt'],
  ])('refuses a correction of %s with 400 naming the field, storing nothing', (_name, recorded, body, field) =>
    given(recorded)
      .when((api, [development]) => api.http().patch(`/api/v1/developments/${development.id}`).set(writer).send(body))
      .then(expectProblem(400), (res) => expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([field]), expectNoNewEvents()));

  it('corrects a development on whichever stream recorded it', () =>
    given(posted('/api/v1/statements', trumpOnTruthSocial))
      .when((api, [statement]) => api.http().patch(`/api/v1/developments/${statement.id}`).set(writer).send({ quote: 'Putin is playing with fire!', reason: 'wording' }))
      .then(expectResponse(200, { sourceAttached: false, streamVersion: 2 }), expectNewEvents('DevelopmentCorrected')));

  it('answers 404 for a correction of a development it never recorded', () =>
    given()
      .when((api) => api.http().patch('/api/v1/developments/00000000-0000-4000-8000-000000000000').set(writer).send({ summary: 'x' }))
      .then(expectProblem(404), expectNoNewEvents()));

  it('refuses to retract a development twice with 409', () =>
    given(posted('/api/v1/prisoner-exchanges', exchangeOf24May))
      .when(async (api, [exchange]) => {
        await api.http().delete(`/api/v1/developments/${exchange.id}`).set(writer).send({ reason: 'test' }).expect(200);
        return api.http().delete(`/api/v1/developments/${exchange.id}`).set(writer);
      })
      .then(expectProblem(409), expectNewEvents('DevelopmentRetracted')));
});
