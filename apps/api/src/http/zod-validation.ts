import { createZodValidationPipe } from 'nestjs-zod';
import { ZodError } from 'zod';
import { FieldError, RequestValidationError, fieldPath } from './problem';
import { LIST_FILTER_NAMES, UNKNOWN_QUERY_FIELD } from './query-schemas';

/** A filter some lists take, asked of one that does not: said so, rather than called unknown. */
const unknownFieldMessage = (message: string, key: string): string =>
  message === UNKNOWN_QUERY_FIELD && (LIST_FILTER_NAMES as string[]).includes(key)
    ? 'is not a filter of this list (docs/search.md lists which list takes which)'
    : 'is not a known field';

const toFieldErrors = (error: ZodError): FieldError[] =>
  error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: fieldPath([...issue.path, key]), message: unknownFieldMessage(issue.message, key) }))
      : [{ field: fieldPath(issue.path), message: issue.message }],
  );

/** Validates bodies, params and query strings against their zod DTOs, naming every bad field. */
export const ParleyValidationPipe = createZodValidationPipe({
  createValidationException: (error: unknown) => new RequestValidationError(toFieldErrors(error as ZodError)),
});
