import { components, createParleyClient, paths } from '@parley/client';

export type ImportAnswer = components['schemas']['ImportAnswerDto'];
export type LineAnswer = ImportAnswer['lines'][number];

/** The most developments one POST /api/v1/developments/batch takes. */
export const BATCH_LIMIT = 10_000;

/** The command-line tools' view of Parley: the generated typed client, answering with status and body. */
export interface ParleyAnswer<T = Record<string, unknown>> {
  readonly status: number;
  readonly body: T;
  /** The first answer to this Idempotency-Key given again: nothing new was stored. */
  readonly replayed: boolean;
}

export interface ParleyClient {
  post<T = Record<string, unknown>>(path: string, body: unknown, idempotencyKey?: string): Promise<ParleyAnswer<T>>;
  get<T = Record<string, unknown>>(path: string): Promise<ParleyAnswer<T>>;
  /** Posts developments as one NDJSON body to POST /api/v1/developments/batch (each may carry its own idempotencyKey). */
  postBatch(developments: readonly object[]): Promise<ParleyAnswer<ImportAnswer>>;
}

export interface ClientOptions {
  /** Where Parley listens, such as http://127.0.0.1:3000. */
  readonly url: string;
  /** A writer's API key; reads need none. */
  readonly key?: string;
}

/**
 * Scenario steps name their endpoint as data, so paths arrive as strings here; the generated client
 * still does the HTTP, the headers and the JSON, and its types check every path written in code.
 */
type AnyPath = keyof paths & string;

export function parleyClient({ url, key }: ClientOptions): ParleyClient {
  const api = createParleyClient({ baseUrl: url, apiKey: key });
  const answer = async <T>(call: Promise<{ data?: unknown; error?: unknown; response: Response }>): Promise<ParleyAnswer<T>> => {
    const { data, error, response } = await call.catch((failure: unknown) => {
      // fetch says only "fetch failed": name where the tool tried, the usual mistake being --url.
      throw new Error(`cannot reach Parley at ${url}: ${String((failure as Error)?.message ?? failure)}`, { cause: failure });
    });
    return { status: response.status, body: (data ?? error ?? {}) as T, replayed: response.headers.get('Idempotent-Replayed') === 'true' };
  };
  return {
    post: (path, body, idempotencyKey) =>
      answer(
        api.POST(path as AnyPath as '/api/v1/developments', {
          body: body as never,
          headers: idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {},
        }),
      ),
    get: (path) => answer(api.GET(path as AnyPath as '/api/v1/developments', {})),
    postBatch: (developments) =>
      answer(
        api.POST('/api/v1/developments/batch', {
          body: developments.map((d) => JSON.stringify(d)).join('\n'),
          bodySerializer: (body: string) => body,
          headers: { 'Content-Type': 'application/x-ndjson' },
        }),
      ),
  };
}

/**
 * Parley held this write already: the first answer to its Idempotency-Key given again, or a 409 saying
 * it holds this very report under another key. For a replaying tool, as good as accepted.
 */
export const alreadyRecorded = ({ status, body, replayed }: Pick<ParleyAnswer, 'status' | 'body' | 'replayed'>): boolean =>
  replayed || (status === 409 && (body.rule === 'source-attached-once' || body.rule === 'development-recorded-once'));

/** A batch's answer to one line as the answer a single POST of it would have had. */
export const asSingleAnswer = (line: LineAnswer): Pick<ParleyAnswer, 'status' | 'body' | 'replayed'> => {
  const { line: _, outcome, replayed, problem, ...answer } = line;
  return outcome === 'refused' && problem ? { status: problem.status, body: problem, replayed: false } : { status: 201, body: answer, replayed: replayed === true };
};
