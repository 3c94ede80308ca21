import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { withCsvAnswers } from '../export/csv-openapi';
import { ProblemDto } from '../http/responses';

/** The OpenAPI document served at /docs-json, from which libs/client is generated. */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Parley')
      .setDescription('Event-sourced diplomacy tracker: post developments, read negotiation status. Examples tell the second Istanbul round of 2 June 2025.')
      .setVersion('1')
      .addApiKey({ type: 'apiKey', name: 'X-API-Key', in: 'header' }, 'api-key')
      .build(),
    { extraModels: [ProblemDto] },
  );
  return withCsvAnswers(cleanupOpenApiDoc(document));
}
