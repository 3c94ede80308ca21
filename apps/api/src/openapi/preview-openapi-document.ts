import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from '../app.module';
import { openApiDocument } from './openapi-document';

/**
 * The OpenAPI document the API serves, built without PostgreSQL or Kafka: Nest's preview mode reads the
 * routes without starting a provider. The client generator and the client's sync test both call this, so
 * the test checks exactly what `npm run client:generate` would write.
 */
export async function previewOpenApiDocument(): Promise<OpenAPIObject> {
  const app = await NestFactory.create(AppModule.forRoot({ PARLEY_COMPONENTS: 'api' }), new FastifyAdapter(), {
    preview: true,
    logger: false,
  });
  try {
    return openApiDocument(app);
  } finally {
    await app.close();
  }
}
