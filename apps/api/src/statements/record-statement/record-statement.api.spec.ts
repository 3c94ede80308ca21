import { apiSpecification, expectNewEvents, expectNoNewEvents, expectProblem, expectResponse } from '../../../test/api-specification';
import { trumpOnTruthSocial } from '../../openapi/istanbul-examples';

describe('POST /api/v1/statements', () => {
  const given = apiSpecification();

  it('records a statement as a new development', () =>
    given()
      .when((api) => api.post('/api/v1/statements', trumpOnTruthSocial))
      .then(expectResponse(201, { sourceAttached: false, corroborated: null, streamVersion: 1 }), expectNewEvents('StatementRecorded')));

  it('refuses an unknown stance and a lower-case actor, naming both, and stores nothing', () =>
    given()
      .when((api) => api.post('/api/v1/statements', { ...trumpOnTruthSocial, stance: 'furious', actor: 'usa' }))
      .then(
        expectProblem(400),
        (res) => expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['actor', 'stance']),
        expectNoNewEvents(),
      ));

  // What PostgreSQL or Node cannot take is refused before the store, naming the field: never a 500.
  it.each([
    ['a NUL character', 'speaker', { ...trumpOnTruthSocial, speaker: 'Donald\u0000Trump' }],
    ['a lone surrogate', 'quote', { ...trumpOnTruthSocial, quote: 'a\ud800b' }],
    ['a lone low surrogate in a nested field', 'source.publisher', { ...trumpOnTruthSocial, source: { publisher: 'x\udc00' } }],
    ['year 0', 'madeAt', { ...trumpOnTruthSocial, madeAt: '0000-01-01T00:00:00Z' }],
    ['year 2201', 'madeAt', { ...trumpOnTruthSocial, madeAt: '2201-01-01T00:00:00Z' }],
    ['a date an hour before 1900 once in UTC', 'madeAt', { ...trumpOnTruthSocial, madeAt: '1900-01-01T00:00:00+01:00' }],
  ])('refuses %s in a body field with 400 naming %s, and stores nothing', (_, field, body) =>
    given()
      .when((api) => api.post('/api/v1/statements', body))
      .then(expectProblem(400), (res) => expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field), expectNoNewEvents()));
});
