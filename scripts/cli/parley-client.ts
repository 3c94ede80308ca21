/** The one place the command-line tools talk HTTP to Parley, as any other client would. */
export interface ParleyAnswer<T = Record<string, unknown>> {
  readonly status: number;
  readonly body: T;
}

export interface ParleyClient {
  post<T = Record<string, unknown>>(path: string, body: unknown, idempotencyKey?: string): Promise<ParleyAnswer<T>>;
  get<T = Record<string, unknown>>(path: string): Promise<ParleyAnswer<T>>;
}

export interface ClientOptions {
  /** Where Parley listens, such as http://127.0.0.1:3000. */
  readonly url: string;
  /** A writer's API key; reads need none. */
  readonly key?: string;
}

export function parleyClient({ url, key }: ClientOptions): ParleyClient {
  const call = async <T>(method: string, path: string, body?: unknown, idempotencyKey?: string): Promise<ParleyAnswer<T>> => {
    const response = await fetch(new URL(path, url), {
      method,
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(key ? { 'X-API-Key': key } : {}),
        ...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as T };
  };
  return {
    post: (path, body, idempotencyKey) => call('POST', path, body, idempotencyKey),
    get: (path) => call('GET', path),
  };
}

/** A 409 saying Parley holds this very report already: for a replaying tool, as good as accepted. */
export const alreadyRecorded = ({ status, body }: ParleyAnswer): boolean =>
  status === 409 && (body.rule === 'source-attached-once' || body.rule === 'development-recorded-once');
