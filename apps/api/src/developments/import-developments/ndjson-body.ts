import { Injectable, OnModuleInit, PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { FastifyInstance, errorCodes } from 'fastify';
import { RequestValidationError } from '../../http/problem';
import type { ImportLine } from './import-developments.handler';

export const NDJSON = 'application/x-ndjson';
export const BATCH_ROUTE = '/api/v1/developments/batch';
export const MAX_DEVELOPMENTS = 10_000;
/** 10,000 developments of 1.6 kB each; the single POST's 256 KiB would hold a few hundred. */
export const BATCH_BODY_LIMIT_BYTES = 16 * 1024 * 1024;

/**
 * Teaches Fastify to read NDJSON, as text, for the batch route alone and up to its own limit: every
 * other route still takes JSON only and refuses this type with 415, as before.
 */
@Injectable()
export class NdjsonBodies implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify?.addContentTypeParser) return;
    fastify.addContentTypeParser(NDJSON, { parseAs: 'string', bodyLimit: BATCH_BODY_LIMIT_BYTES }, (request, body, done) =>
      request.routeOptions.url === BATCH_ROUTE ? done(null, body) : done(new errorCodes.FST_ERR_CTP_INVALID_MEDIA_TYPE(NDJSON), undefined),
    );
  }
}

/**
 * The developments of an NDJSON body, each with its line number (blank lines are skipped but counted).
 * Refuses, naming the line, what is not NDJSON at all: a body of another type, no development, more than
 * MAX_DEVELOPMENTS, a line that is not JSON. A line that is JSON but not a development is the line's own
 * refusal, answered with the others.
 */
export function ndjsonLines(body: unknown): ImportLine[] {
  if (typeof body !== 'string') {
    const message = `must be ${NDJSON}: one development as JSON per line`;
    throw new UnsupportedMediaTypeException({ message: `the body ${message}`, errors: [{ field: 'Content-Type', message }] });
  }
  const texts = body.split('\n');
  const lines = texts.flatMap((text, i) => (text.trim() === '' ? [] : [{ line: i + 1, text }]));
  if (lines.length === 0) throw new RequestValidationError([{ field: '(body)', message: 'must hold at least one development, as JSON on a line of its own' }]);
  if (lines.length > MAX_DEVELOPMENTS) {
    const message = `holds ${lines.length} developments; a request takes at most ${MAX_DEVELOPMENTS.toLocaleString('en')}`;
    throw new PayloadTooLargeException({ message, errors: [{ field: '(body)', line: lines[MAX_DEVELOPMENTS].line, message }] });
  }
  const notJson: { line: number; field: string; message: string }[] = [];
  const parsed = lines.map(({ line, text }) => {
    try {
      return { line, body: JSON.parse(text) as unknown };
    } catch (error) {
      notJson.push({ line, field: `(line ${line})`, message: `is not JSON: ${(error as Error).message}` });
      return { line, body: undefined };
    }
  });
  if (notJson.length > 0) throw new RequestValidationError(notJson);
  return parsed;
}
