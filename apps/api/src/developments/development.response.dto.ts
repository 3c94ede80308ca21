import { ANY_DEVELOPMENT_KINDS, DATE_PRECISIONS, cameoOf, resolvePlace } from '@parley/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { cameoOut, instantOut, nullableText, provenanceOut, citedExample } from '../http/responses';
import { droneAttackOnBombers } from '../openapi/istanbul-examples';
import { magnitudeOut, placeOut } from './development-fields';

const codes = z.array(z.string());

/** One development of any kind as the developments read model holds it: the list, one by id, an actor's page. */
export const developmentOut = z.object({
  id: z.uuid(),
  kind: z.enum(ANY_DEVELOPMENT_KINDS),
  actor: z.string().describe("the actor whose act it is: a person's country"),
  person: nullableText('the registered person who acted (PUTIN), when known'),
  actorPersons: codes.describe('the people among several actors (KAGAME), whose countries are in actors'),
  targets: codes,
  targetPersons: codes.describe('the people among the targets (ZELENSKY), whose countries are in targets'),
  actors: codes.describe('everyone who acted, the principal first, then the person who acted for it: what `actor=` matches'),
  involved: codes.describe("every actor involved: whose page lists it"),
  occurredAt: instantOut.describe('when it happened in the world'),
  occurredOn: z.string().describe('the UTC day of occurredAt'),
  datePrecision: z.enum(DATE_PRECISIONS),
  location: placeOut,
  summary: nullableText("one line on what happened; a statement's words"),
  magnitude: magnitudeOut,
  notes: nullableText("the reporter's notes"),
  details: z.record(z.string(), z.unknown()).describe("the fields of its kind: those posted, a statement's words, a round's status"),
  cameo: cameoOut,
  ...provenanceOut,
  independentSources: z.number().int().describe('distinct publishers reporting it'),
  dyads: codes.describe('the unordered pairs (RUS-UKR) of each actor with each target, or with no targets of every two actors: what the tension index sums over'),
  pairs: codes.describe('the directed pairs, actor > target (UKR>RUS), both ways between actors acting together'),
  trackId: nullableText('the negotiation track it belongs to'),
  corrections: z.number().int(),
  retracted: z.boolean(),
  retractedAt: instantOut.nullable(),
  retractionReason: nullableText('why it was retracted, when it was and a reason was given'),
  recordedAt: instantOut.describe('when Parley learned of it'),
  updatedAt: instantOut.describe('when Parley last learned something about it: what `since=` matches'),
  position: z.number().int().describe('the log position of the last event applied to it'),
  sortKey: z.string().describe("occurredAt|id: the order of the list; a page's nextCursor is its last sortKey"),
});

const { source, occurredAt: _, ...facts } = droneAttackOnBombers;

/** The drone attack of 1 June as the Istanbul scenario leaves it. */
export const DRONE_ATTACK = {
  id: 'cbf4f95b-e405-511a-8b6c-a0ccae12a36b',
  ...facts,
  location: resolvePlace(facts.location, ['UKR', 'RUS']),
  notes: null,
  person: null,
  actorPersons: [],
  targetPersons: [],
  actors: ['UKR'],
  involved: ['UKR', 'RUS'],
  occurredAt: '2025-06-01T12:00:00.000Z',
  occurredOn: '2025-06-01',
  cameo: cameoOf('195'),
  sources: [citedExample({ ...source, publishedAt: '2025-06-05T00:00:00.000Z' })],
  disputed: [],
  independentSources: 1,
  confirmed: false,
  dyads: ['RUS-UKR'],
  pairs: ['UKR>RUS'],
  trackId: null,
  corrections: 0,
  retracted: false,
  retractedAt: null,
  retractionReason: null,
  recordedAt: '2025-06-05T08:00:00.000Z',
  updatedAt: '2025-06-05T08:00:00.000Z',
  position: 24,
  sortKey: '2025-06-01T12:00:00.000Z|cbf4f95b-e405-511a-8b6c-a0ccae12a36b',
};

export class DevelopmentDto extends createZodDto(developmentOut.meta({ example: DRONE_ATTACK })) {}
