import { CLIENT_ID } from '@parley/config';
import { FastifyInstance, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import { Socket } from 'node:net';
import { FieldError, PROBLEM_CONTENT_TYPE, RequestValidationError, problemType } from './problem';
import { STORABLE_TEXT_MESSAGE, isStorableText } from './schemas';

const CLIENT_ID_MESSAGE = 'must be 1 to 128 letters, digits, or . _ : -';

/** Request headers Parley reads beyond the key, each with the form it accepts; docs/operations.md, "Keys, roles and limits", lists the same. */
export const HEADER_RULES: Record<string, { name: string; pattern: RegExp; message: string }> = {
  'idempotency-key': { name: 'Idempotency-Key', pattern: /^[\x20-\x7e]{1,255}$/, message: 'must be 1 to 255 printable ASCII characters' },
  'x-request-id': { name: 'X-Request-Id', pattern: CLIENT_ID, message: CLIENT_ID_MESSAGE },
  'x-correlation-id': { name: 'X-Correlation-Id', pattern: CLIENT_ID, message: CLIENT_ID_MESSAGE },
};

const queryErrors = (query: unknown): FieldError[] =>
  Object.entries((query ?? {}) as Record<string, string | string[]>)
    .filter(([name, value]) => [name, ...[value].flat()].some((s) => typeof s === 'string' && !isStorableText(s)))
    .map(([name]) => ({ field: name, message: STORABLE_TEXT_MESSAGE }));

const headerErrors = (request: FastifyRequest): FieldError[] =>
  Object.entries(HEADER_RULES)
    .filter(([header, { pattern }]) => {
      const value = request.headers[header];
      return value !== undefined && ![value].flat().every((v) => pattern.test(v));
    })
    .map(([, { name, message }]) => ({ field: name, message }));

/**
 * Checks what every route reads the same way, once and before anything else: query parameters and the
 * headers of HEADER_RULES. Each query DTO still validates its own fields; this keeps out only what no
 * field could store (a NUL, a lone surrogate), whichever field, route or feed it arrives on.
 */
export function refuseMalformedRequests(instance: FastifyInstance): void {
  instance.addHook('onRequest', async (request) => {
    const errors = [...queryErrors(request.query), ...headerErrors(request)];
    if (errors.length > 0) throw new RequestValidationError(errors);
  });
}

/**
 * Errors Node's HTTP parser meets before Fastify has a request (a header too large, a control character
 * in one): answered on the socket, as problem+json like every other refusal.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const detail =
    status === 431 ? 'the request headers are larger than the server accepts (16 KiB in all)' : status === 408 ? 'the request took too long to arrive' : 'the request is not well-formed HTTP';
  const body = JSON.stringify({ type: problemType(String(status)), title: STATUS_CODES[status]!.toLowerCase(), status, detail });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
