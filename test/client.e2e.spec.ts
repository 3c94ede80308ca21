import { createParleyClient } from '@parley/client';
import { previewOpenApiDocument } from '../apps/api/src/openapi/preview-openapi-document';
import { TRACK, concludeRound2, exchangeOf24May, scheduleRound2, startRound2 } from './support/istanbul';
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

  it('serves at /docs-json the document the client is generated from (test/client-sync.unit.spec.ts checks the rest)', async () => {
    const served = (await parley.http().get('/docs-json').expect(200)).body;
    expect(served).toEqual(JSON.parse(JSON.stringify(await previewOpenApiDocument())));
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
