import { CLIENT_ID } from './correlation';

/**
 * Headers whose values may be logged. Any other may carry a credential (a key sent as `Api-Key`,
 * `Authorization` or a header of the caller's own naming): its name is kept, its value never.
 */
const LOGGED_HEADERS = new Set([
  'host',
  'user-agent',
  'accept',
  'accept-encoding',
  'accept-language',
  'content-type',
  'content-length',
  'connection',
  'origin',
  'idempotency-key',
  'last-event-id',
  'x-correlation-id',
  'x-forwarded-for',
]);

/** Query parameters whose names say they hold a secret: `api_key`, `Api-Key`, `token`, `password`… */
const SECRET_PARAMETER = /key|token|secret|auth|pass|sig|session|credential/i;

export const REDACTED = '[redacted]';

const redactHeaders = (headers: Record<string, unknown> = {}): Record<string, unknown> =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, LOGGED_HEADERS.has(name) ? value : REDACTED]));

/** The URL with the values of secret-named query parameters replaced; left whole when it cannot be parsed. */
export const redactUrl = (url: string): string => {
  const [path, query] = url.split(/\?(.*)/s);
  if (query === undefined) return url;
  const redacted = query
    .split('&')
    .map((pair) => {
      const [name] = pair.split('=');
      let decoded = name;
      try {
        decoded = decodeURIComponent(name.replace(/\+/g, ' '));
      } catch {
        // A name that does not decode is judged as it was sent.
      }
      return SECRET_PARAMETER.test(decoded) ? `${name}=${REDACTED}` : pair;
    })
    .join('&');
  return `${path}?${redacted}`;
};

/** A request as log lines show it: credentials redacted wherever they were sent; the query once, in the URL. */
export const redactRequest = ({ query: _, ...req }: { url?: string; query?: unknown; headers?: Record<string, unknown> }) => ({
  ...req,
  url: redactUrl(req.url ?? ''),
  headers: redactHeaders(req.headers),
});

/** A client's X-Request-Id, kept beside Parley's own request id when it has the documented form. */
export const clientRequestIdOf = (headers: Record<string, unknown>): string | undefined => {
  const value = headers['x-request-id'];
  return typeof value === 'string' && CLIENT_ID.test(value) ? value : undefined;
};
