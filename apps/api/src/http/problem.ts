/** An RFC 9457 problem document: every error Parley answers has this shape. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
  /** Seconds to wait before retrying; also sent as the Retry-After header. */
  retryAfter?: number;
  [extension: string]: unknown;
}

export interface FieldError {
  /** The path of the field: `returned[0].count`. */
  field: string;
  message: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const PROBLEM_TYPE_BASE = 'https://parley.dev/problems/';
export const problemType = (slug: string): string => `${PROBLEM_TYPE_BASE}${slug}`;

/** Refused input, raised by validation anywhere in the HTTP layer. */
export class RequestValidationError extends Error {
  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => `${e.field}: ${e.message}`).join('; '));
  }
}

/** A reference to an actor or a track Parley does not know: not found, naming the field that names it. */
export class UnknownReference extends Error {
  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => `${e.field}: ${e.message}`).join('; '));
  }
}

/** The path of a field as a reader writes it: a.b[0].c */
export const fieldPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  ) || '(body)';
