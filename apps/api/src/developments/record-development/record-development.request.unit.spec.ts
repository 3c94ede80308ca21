import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DEVELOPMENT_KIND_LIST, DEVELOPMENT_KINDS } from '@parley/domain';
import { z } from 'zod';
import { RequestValidationError } from '../../http/problem';
import { ParleyValidationPipe } from '../../http/zod-validation';
import { RecordDevelopmentHttpController } from './record-development.http.controller';
import { developmentRequestSchema } from './record-development.request.dto';

const pipe = new ParleyValidationPipe(developmentRequestSchema);
const parse = (body: object) => pipe.transform(body, { type: 'body' });

/** The fields a refused body is refused for. */
const refusedFields = (body: object): string[] => {
  try {
    parse(body);
  } catch (error) {
    if (error instanceof RequestValidationError) return error.errors.map((e) => e.field);
    throw error;
  }
  throw new Error('the body was accepted');
};

const requestOf = ({ kind, example: { actors, targets, details, magnitude, cameoCode } }: (typeof DEVELOPMENT_KIND_LIST)[number]) => ({
  kind,
  actors,
  targets,
  details,
  ...(magnitude && { magnitude }),
  ...(cameoCode && { cameoCode }),
  occurredAt: '2025-05-10T12:00:00Z',
});

describe('POST /api/v1/developments', () => {
  it('is the route that takes this schema', () => {
    const { record } = RecordDevelopmentHttpController.prototype;
    expect(Reflect.getMetadata(PATH_METADATA, RecordDevelopmentHttpController)).toBe('api/v1/developments');
    expect(Reflect.getMetadata(METHOD_METADATA, record)).toBe(RequestMethod.POST);
  });

  it.each(DEVELOPMENT_KIND_LIST.map((k) => [k.kind, k] as const))('reaches kind %s, with its own details, in the OpenAPI body too', (kind, definition) => {
    expect(parse(requestOf(definition))).toMatchObject({ kind, actors: definition.example.actors });
    const documented = JSON.stringify(z.toJSONSchema(developmentRequestSchema, { io: 'input', unrepresentable: 'any' }));
    expect(documented).toContain(`"const":"${kind}"`);
  });

  it('offers every kind of the list and no other', () => {
    const body = { actor: 'UKR', occurredAt: '2025-05-10T12:00:00Z', details: {} };
    expect(developmentRequestSchema.options.map((option) => option.shape.kind.value)).toEqual(DEVELOPMENT_KINDS);
    expect(refusedFields({ ...body, kind: 'coup' })).toEqual(['kind']);
  });

  describe('given the actors', () => {
    const ceasefire = { kind: 'ceasefire', occurredAt: '2025-05-10T12:00:00Z', details: { stage: 'agreed', scope: 'full', startsAt: '2025-05-10T11:30:00Z' } };

    it('takes actor as shorthand for a list of one, or actors acting together', () => {
      expect(parse({ ...ceasefire, actor: 'IND' })).toMatchObject({ actor: 'IND' });
      expect(parse({ ...ceasefire, actors: ['IND', 'PAK'] })).toMatchObject({ actors: ['IND', 'PAK'] });
    });

    it.each([
      ['neither actor nor actors', {}, 'actor'],
      ['both', { actor: 'IND', actors: ['IND', 'PAK'] }, 'actors'],
      ['an empty list', { actors: [] }, 'actors'],
      ['a code that is not one', { actors: ['IND', 'pak'] }, 'actors[1]'],
    ])('refuses %s with 400 naming the field', (_name, actors, field) => expect(refusedFields({ ...ceasefire, ...actors })).toContain(field));
  });

  it.each([
    ['a ceasefire stage the issue does not name', { kind: 'ceasefire', details: { stage: 'broken', scope: 'full', startsAt: '2025-05-10T11:30:00Z' } }, 'details.stage'],
    ['a ceasefire without its start', { kind: 'ceasefire', details: { stage: 'agreed', scope: 'full' } }, 'details.startsAt'],
    ['an agreement without its title', { kind: 'agreement', details: { stage: 'signed' } }, 'details.title'],
    ['sanctions without measures', { kind: 'sanctions', details: { stage: 'imposed', measures: [] } }, 'details.measures'],
    ['a border measure on something else', { kind: 'border_measure', details: { stage: 'closed', what: 'ports' } }, 'details.what'],
    ['a strike by no means', { kind: 'military_strike', details: { means: [] } }, 'details.means'],
    ['a strike by an unknown means', { kind: 'military_strike', details: { means: ['drone', 'laser'] } }, 'details.means'],
    ['a mediation without its mediator', { kind: 'mediation', details: { stage: 'offered' } }, 'details.mediator'],
  ])('refuses %s with 400 naming the field', (_name, body, field) =>
    expect(refusedFields({ actor: 'IND', targets: ['PAK'], occurredAt: '2025-05-10T12:00:00Z', ...body })).toContain(field));

  it('takes a strike by one means as a list of one, and a combined strike by its means', () => {
    const strike = { kind: 'military_strike', actor: 'PAK', targets: ['IND'], occurredAt: '2025-05-10T12:00:00Z' };
    expect(parse({ ...strike, details: { means: 'drone' } })).toMatchObject({ details: { means: ['drone'] } });
    expect(parse({ ...strike, details: { means: ['drone', 'missile', 'drone'] } })).toMatchObject({ details: { means: ['drone', 'missile'] } });
  });
});
