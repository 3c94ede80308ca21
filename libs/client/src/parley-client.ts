import createClient, { Client } from 'openapi-fetch';
import type { components, paths } from './generated/parley-api';

export type ParleyClient = Client<paths>;
export type Schemas = components['schemas'];

export interface ParleyClientOptions {
  /** Where Parley answers, such as http://127.0.0.1:3000. */
  readonly baseUrl: string;
  /** Needed for writes only; sent as X-API-Key. */
  readonly apiKey?: string;
  /** Sent as X-Correlation-Id: it follows the writes into their events and the projector's log lines. */
  readonly correlationId?: string;
}

/** A typed client of Parley's REST API: paths, bodies and answers are checked against its OpenAPI document. */
export function createParleyClient({ baseUrl, apiKey, correlationId }: ParleyClientOptions): ParleyClient {
  return createClient<paths>({
    baseUrl,
    headers: { ...(apiKey ? { 'X-API-Key': apiKey } : {}), ...(correlationId ? { 'X-Correlation-Id': correlationId } : {}) },
  });
}
