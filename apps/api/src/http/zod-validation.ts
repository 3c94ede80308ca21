import { createZodValidationPipe } from 'nestjs-zod';
import { ZodError } from 'zod';
import { FieldError, RequestValidationError, fieldPath } from './problem';

const toFieldErrors = (error: ZodError): FieldError[] =>
  error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: fieldPath([...issue.path, key]), message: 'is not a known field' }))
      : [{ field: fieldPath(issue.path), message: issue.message }],
  );

/** Validates bodies, params and query strings against their zod DTOs, naming every bad field. */
export const ParleyValidationPipe = createZodValidationPipe({
  createValidationException: (error: unknown) => new RequestValidationError(toFieldErrors(error as ZodError)),
});
