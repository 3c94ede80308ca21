import { createZodValidationPipe } from 'nestjs-zod';
import { ZodError, core } from 'zod';
import { FieldError, RequestValidationError, fieldPath } from './problem';
import { LIST_FILTER_NAMES, UNKNOWN_QUERY_FIELD } from './query-schemas';

/** A filter some lists take, asked of one that does not: said so, rather than called unknown. */
const unknownFieldMessage = (message: string, key: string): string =>
  message === UNKNOWN_QUERY_FIELD && (LIST_FILTER_NAMES as string[]).includes(key)
    ? 'is not a filter of this list (docs/search.md lists which list takes which)'
    : 'is not a known field';

/**
 * A value of a union (`location` as a name or an object) that fails in the one branch of its type is
 * told what that branch says, under its own field (`location.latitude`), not "invalid input".
 */
function meantIssues(issue: core.$ZodIssue): core.$ZodIssue[] {
  if (issue.code !== 'invalid_union') return [issue];
  const meant = issue.errors.filter((branch) => !branch.some((i) => i.path.length === 0 && i.code === 'invalid_type'));
  if (meant.length !== 1) return [issue];
  return meant[0].flatMap((i) => meantIssues({ ...i, path: [...issue.path, ...i.path] } as core.$ZodIssue));
}

const toFieldErrors = (error: ZodError): FieldError[] =>
  error.issues.flatMap(meantIssues).flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: fieldPath([...issue.path, key]), message: unknownFieldMessage(issue.message, key) }))
      : [{ field: fieldPath(issue.path), message: issue.message }],
  );

/** Validates bodies, params and query strings against their zod DTOs, naming every bad field. */
export const ParleyValidationPipe = createZodValidationPipe({
  createValidationException: (error: unknown) => new RequestValidationError(toFieldErrors(error as ZodError)),
});
