import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import { FastifyRequest } from 'fastify';
import { RequestValidationError } from '../http/problem';

export const CSV = 'text/csv';
/** RFC 4180's media type, with the header row it always has (RFC 7111's `header` parameter). */
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8; header=present';
export const FORMATS = ['json', 'csv'] as const;

/** The quality Accept gives a media type: 0 when not named. */
function quality(accept: string, mediaType: string): number {
  for (const range of accept.split(',')) {
    const [type, ...params] = range.split(';').map((part) => part.trim().toLowerCase());
    if (type !== mediaType) continue;
    const q = params.find((p) => p.startsWith('q='));
    return q ? Number(q.slice(2)) || 0 : 1;
  }
  return 0;
}

/** Accept names text/csv, and does not prefer JSON to it. */
export const acceptsCsv = (accept = ''): boolean => {
  const csv = quality(accept, CSV);
  return csv > 0 && csv >= quality(accept, 'application/json');
};

const askedForCsv = new WeakSet<object>();

/**
 * Whether a list's request asks for CSV: `format=csv`, or Accept. `format` is taken off the query, so the
 * list's own validation sees only its filters; a value other than json or csv is refused, naming it.
 */
export function takeCsvChoice(request: FastifyRequest): boolean {
  const query = (request.query ?? {}) as Record<string, unknown>;
  const { format } = query;
  if (format !== undefined && !FORMATS.includes(format as (typeof FORMATS)[number])) {
    throw new RequestValidationError([{ field: 'format', message: `must be one of ${FORMATS.join(', ')}` }]);
  }
  delete query.format;
  const csv = format === 'csv' || (format === undefined && acceptsCsv(request.headers.accept));
  if (csv) askedForCsv.add(request);
  return csv;
}

/** True in a list's handler when the answer will be CSV: a list that streams its rows then returns them as a stream. */
export const CsvAsked = createParamDecorator((_: unknown, context: ExecutionContext): boolean =>
  askedForCsv.has(context.switchToHttp().getRequest<FastifyRequest>()),
);
