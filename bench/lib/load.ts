import autocannon from 'autocannon';

export interface LoadResult {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly errors: number;
}

export interface LoadOptions {
  readonly url: string;
  readonly seconds: number;
  readonly connections?: number;
  readonly method?: 'GET' | 'POST';
  readonly headers?: Record<string, string>;
  /** A fresh body (POST) or path (GET) for every request. */
  readonly body?: () => unknown;
  readonly path?: () => string;
  /** Requests per second over all connections; open-ended when absent. */
  readonly rate?: number;
  readonly onResponse?: (status: number, body: string) => void;
}

/** Drives an HTTP endpoint with autocannon and reports the rate of 2xx answers and their latency. */
export async function load(options: LoadOptions): Promise<LoadResult> {
  const { body, path, onResponse } = options;
  const result = await autocannon({
    url: options.url,
    method: options.method ?? 'GET',
    connections: options.connections ?? 64,
    duration: options.seconds,
    overallRate: options.rate,
    headers: { 'content-type': 'application/json', ...options.headers },
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          ...(body ? { body: JSON.stringify(body()) } : {}),
          ...(path ? { path: path() } : {}),
        }),
        ...(onResponse ? { onResponse: (status: number, responseBody: string) => onResponse(status, responseBody) } : {}),
      },
    ],
  });
  const answered = result['2xx'];
  return {
    requestsPerSecond: Math.round(answered / options.seconds),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}
