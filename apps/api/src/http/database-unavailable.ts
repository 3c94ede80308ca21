import { QueryRunnerAlreadyReleasedError } from 'typeorm';

/** SQLSTATE classes that mean "not now" rather than "wrong": connection exceptions, shutdown, resources. */
const UNAVAILABLE_SQLSTATE = /^(08|57P0|53)/;
/** What node-postgres says, without a SQLSTATE, when its connection was cut under it. */
const CONNECTION_LOST =
  /Connection terminated|connection error|not queryable|timeout exceeded when trying to connect|ECONNREFUSED|ECONNRESET|EPIPE/i;

/** True when the database could not be reached or dropped the connection: worth a retry, a 503. */
export function isDatabaseUnavailable(error: unknown): boolean {
  // TypeORM lets go of a transaction's connection once it is lost; the transaction never committed.
  if (error instanceof QueryRunnerAlreadyReleasedError) return true;
  const candidate = error as { code?: unknown; message?: unknown; driverError?: { code?: unknown; message?: unknown } } | null;
  if (!candidate || typeof candidate !== 'object') return false;
  const code = candidate.driverError?.code ?? candidate.code;
  if (typeof code === 'string' && UNAVAILABLE_SQLSTATE.test(code)) return true;
  const message = String(candidate.driverError?.message ?? candidate.message ?? '');
  return CONNECTION_LOST.test(message);
}
