/**
 * npm run client:generate: writes libs/client/src/parley-api.ts from the OpenAPI document the API
 * builds. Needs neither PostgreSQL nor Kafka: Nest's preview mode reads the routes without starting them.
 */
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { writeFileSync } from 'node:fs';
import { AppModule } from '../apps/api/src/app.module';
import { openApiDocument } from '../apps/api/src/openapi/openapi-document';
import { GENERATED_TYPES, typesFromSpec } from '../libs/client/codegen/types-from-spec';

async function main(): Promise<void> {
  const app = await NestFactory.create(AppModule.forRoot({ PARLEY_COMPONENTS: 'api' }), new FastifyAdapter(), {
    preview: true,
    logger: false,
  });
  writeFileSync(GENERATED_TYPES, await typesFromSpec(openApiDocument(app)));
  await app.close();
  process.stdout.write(`wrote ${GENERATED_TYPES}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`client generation failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
