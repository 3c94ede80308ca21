import { createParleyClient } from '@parley/client';
import { readFileSync } from 'node:fs';
import { GENERATED_TYPES, typesFromSpec } from '../libs/client/codegen/types-from-spec';
import { TRACK, concludeRound2, exchangeOf24May, scheduleRound2, startRound2 } from './support/istanbul';
import { undocumented } from './support/openapi-gaps';
import { ParleyUnderTest, WRITER_KEY, startParley } from './support/parley-under-test';

describe('the typed client', () => {
  let parley: ParleyUnderTest;
  let baseUrl: string;

  beforeAll(async () => {
    parley = await startParley({ PARLEY_COMPONENTS: 'api,relay,projector' });
    await parley.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = await parley.app.getUrl();
  });
  afterAll(() => parley.stop());

  it('is generated from the OpenAPI document the service serves now (run npm run client:generate if not)', async () => {
    const spec = (await parley.http().get('/docs-json').expect(200)).body;
    expect(readFileSync(GENERATED_TYPES, 'utf8')).toBe(await typesFromSpec(spec));
  });

  it('documents every endpoint with its answers, and the writes with Istanbul examples', async () => {
    const spec = (await parley.http().get('/docs-json').expect(200)).body;
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

  it('describes every success answer with a schema and an example that fits it, and every query parameter', async () => {
    const spec = (await parley.http().get('/docs-json').expect(200)).body;
    expect(undocumented(spec)).toEqual([]);
  });

  it('reads the tension of 2 June 2025 in its examples, as docs/tension-index.md works it out', async () => {
    const { schemas } = (await parley.http().get('/docs-json').expect(200)).body.components;
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

  it('given the Istanbul round posted through the client, reads the track back through it', async () => {
    const client = createParleyClient({ baseUrl, apiKey: WRITER_KEY, correlationId: 'client-test' });
    const rounds = `/api/v1/negotiations/{trackId}/rounds` as const;
    const track = { path: { trackId: TRACK } };
    const round2 = { path: { trackId: TRACK, round: 2 } };
    expect((await client.POST(rounds, { params: track, body: scheduleRound2 })).response.status).toBe(201);
    await client.POST(`${rounds}/{round}/start`, { params: round2, body: startRound2 });
    await client.POST(`${rounds}/{round}/conclude`, { params: round2, body: concludeRound2 });
    const written = await client.POST('/api/v1/prisoner-exchanges', { body: exchangeOf24May });
    const { data } = await client.GET('/api/v1/negotiations/{trackId}', {
      params: { path: { trackId: TRACK }, query: { minPosition: written.data!.position } },
    });
    expect(data).toMatchObject({ status: 'concluded', lastRound: { delayMinutes: 120 }, prisonerExchanges: { returned: { RUS: 307, UKR: 307 } } });
  });

  it('gives refusals as typed problems', async () => {
    const client = createParleyClient({ baseUrl, apiKey: 'not-a-key' });
    const { error, response } = await client.POST('/api/v1/statements', { body: { quote: 'x' } as never });
    expect(response.status).toBe(401);
    expect(error).toMatchObject({ status: 401, title: expect.any(String) });
  });
});
