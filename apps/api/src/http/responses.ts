import { applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiResponse, ApiSecurity, getSchemaPath } from '@nestjs/swagger';
import { Source, sourceIdOf } from '@parley/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IDEMPOTENT_REPLAYED } from '../write/write-service';
import { PROBLEM_CONTENT_TYPE } from './problem';
import { HEADER_RULES } from './request-guards';

export const instantOut = z.iso.datetime({ offset: true });

export const cameoOut = z.object({
  code: z.string(),
  rootCode: z.string(),
  quadClass: z.number().int().describe('1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict'),
  goldstein: z.number().describe('−10 most hostile … +10 most cooperative'),
  tableVersion: z.string(),
});

/**
 * Text that may be null, at the top level of a response DTO. Zod writes a bare `z.string().nullable()`
 * as `type: [string, null]`, which Swagger takes for an array of strings there; a described one is
 * written as `anyOf`, which nestjs-zod turns into `nullable: true`.
 */
export const nullableText = (description: string) => z.string().describe(description).nullable();

export const sourceOut = z.object({
  sourceId: z.uuid().describe('stable per publisher and article: DELETE /api/v1/developments/{id}/sources/{sourceId} detaches it'),
  publisher: z.string(),
  url: z.string().optional(),
  publishedAt: instantOut.optional(),
});

/** Every source that reported a development, whether independent publishers agree, and the figures they dispute. */
export const provenanceOut = {
  sources: z.array(sourceOut).describe('every publisher that reported it, first report first'),
  confirmed: z.boolean().describe('reported by two or more independent publishers'),
  disputed: z
    .array(z.object({ field: z.string(), value: z.number(), recorded: z.number(), sourceId: z.uuid(), publisher: z.string() }))
    .describe("figures a corroborating source gives otherwise than the development's own (recorded), each with its source"),
};

/** A source as an example shows it: with the id every answer gives it. */
export const citedExample = (source: Source) => ({ ...source, sourceId: sourceIdOf(source) });

export class WriteAnswerDto extends createZodDto(
  z
    .object({
      id: z.string().optional().describe('the development the write recorded or changed'),
      sourceAttached: z.boolean().describe('true when this was a report of a development already recorded: its source was attached'),
      corroborated: z
        .uuid()
        .nullable()
        .optional()
        .describe('on a report: the development it corroborated (kind, stage, actors, targets, code, time, place and figures agree), or null when it was recorded as a new one'),
      matched: z.array(z.string()).optional().describe('what the report and the development it corroborated agree on: kind, details.stage, actors, targets, cameoCode, occurredAt, location, figures'),
      disputed: z
        .array(z.object({ field: z.string(), value: z.number(), recorded: z.number() }))
        .optional()
        .describe("figures the report gives otherwise than the development (a toll of 31 against 26): kept beside the development's own"),
      streamId: z.string(),
      streamVersion: z.number().int().describe('the stream version after this write'),
      position: z.number().int().describe('the log position of the last event written; pass it as minPosition to read your write'),
      eventIds: z.array(z.uuid()),
    })
    .meta({
      example: {
        id: '6d1f0c3e-2b4a-5c8d-9e7f-1a2b3c4d5e6f',
        sourceAttached: false,
        streamId: 'negotiation-track-russia-ukraine',
        streamVersion: 3,
        position: 3,
        eventIds: ['0b7c6f1e-3d0a-4c55-9a43-1f2e8d6b5a90'],
      },
    }),
) {}

export class ProblemDto extends createZodDto(
  z
    .object({
      type: z.string(),
      title: z.string(),
      status: z.number().int(),
      detail: z.string().optional(),
      errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
      rule: z.string().optional().describe('the domain rule a 409 refused on'),
    })
    .meta({
      example: {
        type: 'https://parley.dev/problems/rule-violated',
        title: 'rule violated',
        status: 409,
        detail: 'round 3 of track russia-ukraine was never scheduled',
        rule: 'round-must-be-scheduled',
      },
    }),
) {}

const PROBLEM_WORDS: Record<number, string> = {
  400: 'invalid request: `errors` names every bad field; nothing is stored',
  401: 'no X-API-Key, or one that is not known',
  403: "the key's role does not allow this (a writer key on an admin endpoint)",
  404: 'no such resource',
  409: 'refused by a rule of the domain, a version conflict or a reused Idempotency-Key',
  413: 'the body is larger than the service accepts',
  415: 'the body is not JSON (its Content-Type is not application/json)',
  429: 'too many requests from this address or key; retry after Retry-After',
  503: 'the read models have not yet applied minPosition, or the database is unavailable; retry after Retry-After',
};

/** One problem+json answer, in other words than the usual ones. */
export const ApiProblem = (status: number, description: string) =>
  ApiResponse({ status, description, content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemDto) } } } });

/** The problem+json answers an endpoint may give. */
export const ApiProblems = (...statuses: (keyof typeof PROBLEM_WORDS)[]) =>
  applyDecorators(...statuses.map((status) => ApiProblem(status, PROBLEM_WORDS[status])));

/**
 * Everything a write endpoint documents: the key it needs, its answer (201, or 200 for a PATCH or DELETE)
 * with the header that marks a repeat (set by the write service), and its refusals.
 */
export const ApiWrite = (status: 200 | 201 = 201) =>
  applyDecorators(
    ApiSecurity('api-key'),
    ApiResponse({
      status,
      description: 'the write was stored, or had been: a repeated Idempotency-Key gets the first answer again',
      type: WriteAnswerDto,
      headers: {
        [IDEMPOTENT_REPLAYED]: {
          description: 'true when this is the first answer given again for a repeated Idempotency-Key: nothing new was stored',
          schema: { type: 'string', enum: ['true'] },
        },
      },
    }),
    ApiHeader({
      name: HEADER_RULES['idempotency-key'].name,
      required: false,
      description: 'a repeat with the same body answers the first answer and stores nothing; another body under it is a 409',
      schema: { type: 'string', minLength: 1, maxLength: 255, pattern: HEADER_RULES['idempotency-key'].pattern.source },
    }),
    ApiProblems(400, 401, 403, 409, 413, 415, 429, 503),
  );
