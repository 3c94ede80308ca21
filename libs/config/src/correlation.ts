import { IncomingHttpHeaders } from 'node:http';

/** What a caller may send as X-Correlation-Id or X-Request-Id: short and plain, so it is safe in logs and metadata. */
export const CLIENT_ID = /^[\w.:-]{1,128}$/;

/**
 * The id that ties together everything one request caused (its log lines, its events, the projector's
 * lines for those events): the caller's X-Correlation-Id when it sent a usable one, else the request id.
 */
export function correlationIdOf(headers: IncomingHttpHeaders, requestId: string): string {
  const header = headers['x-correlation-id'];
  const value = Array.isArray(header) ? header[0] : header;
  return value && CLIENT_ID.test(value) ? value : requestId;
}
