import { apiSpecification, expectNewEvents, expectNoNewEvents, expectProblem, expectResponse, posted } from '../../../test/api-specification';
import scenario from '../../../../../scenarios/istanbul-2025.json';
import { TRACK, droneAttackOnBombers, scheduleRound2 } from '../../openapi/istanbul-examples';

/**
 * India–Pakistan, 10 May 2025: Pakistani drones over Jammu in the early hours and over Srinagar in the
 * evening, as Reuters and The Hindu reported them. The hours are approximate (UTC); the other publishers
 * are test inputs, not reporting.
 */
const droneStrike = (occurredAt: string, location: string, publisher: string) => ({
  kind: 'military_strike',
  actor: 'PAK',
  targets: ['IND'],
  occurredAt,
  location,
  details: { means: 'drone' },
  source: { publisher },
});
const overJammu = droneStrike('2025-05-10T00:30:00Z', 'Jammu', 'Reuters');
const overSrinagar = droneStrike('2025-05-10T16:00:00Z', 'Srinagar', 'The Hindu');
const developments = '/api/v1/developments';
/** The DIA's threat assessment of May 2025, the Istanbul scenario's first step. */
const dia = scenario.steps[0].body;

describe('POST /api/v1/developments', () => {
  const given = apiSpecification();

  it('refuses a development on a track that does not exist with 404 naming trackId, and stores nothing', () =>
    given()
      .when((api) => api.post(developments, { ...droneAttackOnBombers, trackId: 'no-such-track' }))
      .then(expectProblem(404, [{ field: 'trackId', message: expect.stringMatching(/no negotiation track no-such-track/) }]), expectNoNewEvents()));

  it('records a development on a track that exists', () =>
    given(posted(`/api/v1/negotiations/${TRACK}/rounds`, scheduleRound2))
      .when((api) => api.post(developments, { ...droneAttackOnBombers, trackId: TRACK }))
      .then(expectResponse(201, { corroborated: null }), expectNewEvents('MilitaryStrikeRecorded')));

  describe('a report that names the development it corroborates', () => {
    it('is refused when the development differs, naming the fact that differs (409), and stores nothing', () =>
      given(posted(developments, overJammu))
        .when((api, [morning]) => api.post(developments, { ...overSrinagar, source: { publisher: 'Dawn' }, corroborates: morning.id }))
        .then(expectProblem(409), expectResponse(409, { rule: 'corroboration-must-match', errors: [{ field: 'occurredAt' }] }), expectNoNewEvents()));

    it('is refused when it is also marked distinct (400 naming distinct)', () =>
      given(posted(developments, overSrinagar))
        .when((api, [evening]) => api.post(developments, { ...overSrinagar, corroborates: evening.id, distinct: true }))
        .then(expectProblem(400, [{ field: 'distinct', message: expect.any(String) }]), expectNoNewEvents()));

    it('is refused when no such development was recorded (404)', () =>
      given()
        .when((api) => api.post(developments, { ...overSrinagar, corroborates: '00000000-0000-4000-8000-000000000000' }))
        .then(expectProblem(404), expectNoNewEvents()));

    it('is refused when the development is of another kind (409 naming kind)', () =>
      given(posted('/api/v1/statements', { speaker: 'Shehbaz Sharif', actor: 'PAK', targets: ['IND'], quote: 'a test statement', stance: 'neutral', madeAt: '2025-05-10T16:00:00Z' }))
        .when((api, [statement]) => api.post(developments, { ...overSrinagar, source: { publisher: 'Dawn' }, corroborates: statement.id }))
        .then(expectProblem(409, [{ field: 'kind', message: expect.any(String) }]), expectNoNewEvents()));
  });

  it.each([
    ['an unknown actor', { actor: 'NOBODY' }, 'actor'],
    ['an invalid CAMEO code', { cameoCode: '999' }, 'cameoCode'],
    ['a kind without its details', { details: { publisher: 'DIA' } }, 'details.claims'],
    ['an unknown kind', { kind: 'coup' }, 'kind'],
    ['a strike coded as a signing', { kind: 'military_strike', details: { means: ['missile'] }, cameoCode: '057' }, 'cameoCode'],
    ['both actor and actors', { actors: ['USA', 'GBR'] }, 'actors'],
    ['an unknown one of several actors', { actor: undefined, actors: ['USA', 'NOBODY'] }, 'actors[1]'],
    ['a detention of nobody named or counted', { kind: 'detention', details: { stage: 'detained' }, cameoCode: undefined }, 'details.persons'],
    ['a party as the mediator', { kind: 'mediation', details: { stage: 'accepted', mediator: 'RUS' }, cameoCode: undefined }, 'details.mediator'],
    ['an unknown mediator', { kind: 'mediation', details: { stage: 'accepted', mediator: 'NOBODY' }, cameoCode: undefined }, 'details.mediator'],
  ])('refuses %s with 400 naming the field, storing nothing', (_name, change, field) =>
    given()
      .when((api) => api.post(developments, { ...dia, ...change }))
      .then(expectProblem(400), (res) => expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field), expectNoNewEvents()));

  it('refuses the same report from the same source twice (409)', () =>
    given(posted(developments, { ...dia, source: { publisher: 'Reuters', url: 'https://www.reuters.com/dia-report' } }))
      .when((api) => api.post(developments, { ...dia, source: { publisher: 'Reuters', url: 'https://www.reuters.com/dia-report' } }))
      .then(expectProblem(409), expectResponse(409, { rule: 'source-attached-once' }), expectNoNewEvents()));
});
