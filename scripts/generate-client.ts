/**
 * npm run client:generate: writes libs/client/src/generated/parley-api.ts from the OpenAPI document the
 * API builds. Needs neither PostgreSQL nor Kafka (see previewOpenApiDocument).
 */
import { writeFileSync } from 'node:fs';
import { previewOpenApiDocument } from '../apps/api/src/openapi/preview-openapi-document';
import { GENERATED_TYPES, typesFromSpec } from '../libs/client/codegen/types-from-spec';

async function main(): Promise<void> {
  writeFileSync(GENERATED_TYPES, await typesFromSpec(await previewOpenApiDocument()));
  process.stdout.write(`wrote ${GENERATED_TYPES}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`client generation failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
