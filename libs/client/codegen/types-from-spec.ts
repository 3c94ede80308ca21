import openapiTS, { astToString } from 'openapi-typescript';

export const GENERATED_TYPES = 'libs/client/src/generated/parley-api.ts';

const BANNER = `/**
 * Generated from Parley's OpenAPI document by \`npm run client:generate\`; do not edit.
 * test/client-sync.unit.spec.ts fails when this file no longer matches the document the API builds.
 */
`;

/** The TypeScript types of every path, operation and schema of an OpenAPI document. */
export async function typesFromSpec(spec: object): Promise<string> {
  const ast = await openapiTS(spec as Parameters<typeof openapiTS>[0], {
    alphabetize: true,
    // A field with a default may be left out of a request body: the service fills it in.
    defaultNonNullable: false,
  });
  return BANNER + astToString(ast);
}
