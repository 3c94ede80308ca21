import { readFileSync } from 'node:fs';
import { previewOpenApiDocument } from '../apps/api/src/openapi/preview-openapi-document';
import { GENERATED_TYPES, typesFromSpec } from '../libs/client/codegen/types-from-spec';
import { undocumented } from './support/openapi-gaps';

/**
 * The OpenAPI document and the client generated from it, checked without PostgreSQL or Kafka: the document
 * comes from the same function `npm run client:generate` calls. test/client.e2e.spec.ts checks that the
 * running service serves this same document, and that the client talks to it.
 */
describe('the OpenAPI document and the typed client', () => {
  // Read as plain JSON, as /docs-json serves it and a client reads it.
  let spec: any;

  beforeAll(async () => {
    spec = JSON.parse(JSON.stringify(await previewOpenApiDocument()));
  });

  it('has a client generated from the document as it is now (run npm run client:generate if not)', async () => {
    expect(readFileSync(GENERATED_TYPES, 'utf8')).toBe(await typesFromSpec(spec));
  });

  it('documents every endpoint with its answers, and the writes with Istanbul examples', () => {
    for (const [path, operations] of Object.entries<Record<string, { responses: Record<string, unknown> }>>(spec.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        // Writes answer 201; a rebuild, which runs on after the answer, 202.
        const success = method === 'post' ? ['201', '202'] : ['200'];
        expect([`${method} ${path}`, Object.keys(operation.responses).filter((s) => success.includes(s))]).toEqual([`${method} ${path}`, [expect.any(String)]]);
      }
    }
    expect(spec.components.schemas.ScheduleTalksRequestDto.example).toMatchObject({ city: 'Istanbul', scheduledStart: '2025-06-02T07:00:00Z' });
    expect(spec.components.schemas.TrackStatusDto.example).toMatchObject({ prisonerExchanges: { returned: { RUS: 307, UKR: 307 } } });
  });

  it('describes every success answer with a schema and an example that fits it, and every query parameter', () => {
    expect(undocumented(spec)).toEqual([]);
  });

  it('reads the tension of 2 June 2025 in its examples, as docs/tension-index.md works it out', () => {
    const { schemas } = spec.components;
    expect(schemas.DyadTensionDto.example).toMatchObject({
      dyad: 'RUS-UKR',
      value: 55.02,
      level: 'high',
      contributions: [
        { cameoCode: '195', contribution: 15.33 },
        { cameoCode: '190', contribution: 11.63 },
        { cameoCode: '190', contribution: 9.77 },
      ],
    });
    expect(schemas.TensionOverviewDto.example.dyads).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ dyad: 'RUS-USA', value: 17.32, level: 'low' }),
        expect.objectContaining({ dyad: 'DEU-RUS', value: 2.96, level: 'low' }),
      ]),
    );
    expect(schemas.DevelopmentDto.example).toMatchObject({ kind: 'military_strike', magnitude: { damageUsd: 2_000_000_000 }, cameo: { code: '195' } });
  });
});
