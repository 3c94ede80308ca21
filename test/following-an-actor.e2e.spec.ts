import { ParleyUnderTest, startParley } from './support/parley-under-test';
import { readSse } from './support/sse';
import { trumpOnTruthSocial } from './support/istanbul';

/**
 * India's measures against Pakistan of 23 April 2025, announced by Foreign Secretary Vikram Misri, who
 * cited the "cross-border linkages" of the Pahalgam attack (Ministry of External Affairs briefing, that day).
 */
const indiaAccusesPakistan = {
  kind: 'accusation',
  actor: 'IND',
  targets: ['PAK'],
  occurredAt: '2025-04-23T00:00:00Z',
  datePrecision: 'day',
  summary: 'India cites cross-border linkages of the Pahalgam attack',
  details: { allegation: 'cross-border linkages of the Pahalgam attack of 22 April' },
  source: { publisher: 'Ministry of External Affairs of India', publishedAt: '2025-04-23T18:00:00Z' },
};

/**
 * The UN Group of Experts on the DRC (final report S/2022/967, December 2022) found Rwandan Defence Force
 * interventions in support of M23 from November 2021; the first of the month is approximate.
 */
const groupOfExperts = { publisher: 'UN Group of Experts on the Democratic Republic of the Congo', publishedAt: '2022-12-16T00:00:00Z' };
const m23 = { code: 'M23', name: 'March 23 Movement', type: 'group', backedBy: ['RWA'], source: groupOfExperts };
const backedSinceNovember2021 = { backedBy: ['RWA'], effectiveAt: '2021-11-01T00:00:00Z', source: groupOfExperts };

describe('following an actor', () => {
  let parley: ParleyUnderTest;
  let base: string;
  let lastPosition = 0;
  let registered = { occurredAt: '', recordedAt: '' };
  const write = async (method: 'post' | 'patch' | 'delete', path: string, body: unknown) => {
    const res = await (method === 'post' ? parley.post(path, body) : parley.http()[method](path).set('X-API-Key', 'test-writer-key').send(body as object));
    expect(res.status).toBeLessThan(300);
    lastPosition = res.body.position;
    return res.body;
  };
  const types = async (query: string) =>
    (await parley.http().get(`/api/v1/events?${query}`).expect(200)).body.events.map((e: { type: string }) => e.type);

  beforeAll(async () => {
    parley = await startParley();
    const { id } = await write('post', '/api/v1/developments', indiaAccusesPakistan);
    await write('post', '/api/v1/developments', { ...indiaAccusesPakistan, source: { publisher: 'Reuters', publishedAt: '2025-04-23T20:00:00Z' } });
    await write('patch', `/api/v1/developments/${id}`, { summary: 'India holds the Indus Waters Treaty in abeyance, citing the Pahalgam attack', reason: 'the measures announced' });
    await write('delete', `/api/v1/developments/${id}`, { reason: 'an illustration of a retraction: the facts stand' });
    await write('post', '/api/v1/actors', m23);
    registered = (await parley.http().get('/api/v1/events?stream=actor-M23').expect(200)).body.events[0];
    await write('post', '/api/v1/actors/M23/backing', backedSinceNovember2021);
    await write('post', '/api/v1/statements', { ...trumpOnTruthSocial, actor: 'TRUMP' });
    await parley.app.listen(0, '127.0.0.1');
    base = await parley.app.getUrl();
  });
  afterAll(() => parley.stop());

  it('lists the sources, correction and retraction of a development with the actors it involves', async () => {
    const lifecycle = ['AccusationRecorded', 'SourceAttached', 'DevelopmentCorrected', 'DevelopmentRetracted'];
    expect(await types('actor=PAK')).toEqual(lifecycle);
    expect(await types('actor=IND')).toEqual(lifecycle);
    expect(await types('actor=CHN')).toEqual([]);
  });

  it('feeds the same to a live subscriber', async () => {
    const abort = new AbortController();
    const res = await fetch(`${base}/api/v1/events/live?after=0&actor=PAK`, { signal: abort.signal });
    const frames = await readSse(res.body!, 4);
    abort.abort();
    expect(frames.map((f) => f.event)).toEqual(['AccusationRecorded', 'SourceAttached', 'DevelopmentCorrected', 'DevelopmentRetracted']);
  });

  it('lists a group and the changes of its backing to its backer', async () => {
    expect(await types('actor=RWA')).toEqual(['ActorRegistered', 'ActorBackingChanged', 'ActorBackingChanged']);
    expect(await types('actor=M23')).toEqual(['ActorRegistered', 'ActorBackingChanged', 'ActorBackingChanged']);
  });

  it('shows who backs a group and since when, as the clocks read it', async () => {
    const now = await parley.http().get(`/api/v1/actors/M23?minPosition=${lastPosition}`).expect(200);
    expect(now.body).toMatchObject({ code: 'M23', type: 'group', backedBy: ['RWA'], backing: [{ backer: 'RWA', from: '2021-11-01T00:00:00.000Z' }] });
    // What Parley knew when M23 was registered (the log keeps microseconds): backed from then, the earlier date not yet recorded.
    const knownAt = new Date(Date.parse(registered.recordedAt) + 1).toISOString();
    const then = await parley.http().get(`/api/v1/actors/M23?knownAt=${knownAt}`).expect(200);
    expect(then.body).toMatchObject({ backedBy: ['RWA'], backing: [{ backer: 'RWA', from: registered.occurredAt }] });
    const groups = await parley.http().get('/api/v1/actors?type=group').expect(200);
    expect(groups.body.actors.find((a: { code: string }) => a.code === 'M23')).toMatchObject({ name: 'March 23 Movement', backedBy: ['RWA'] });
    expect(groups.body.actors.find((a: { code: string }) => a.code === 'UNKNOWN')).toMatchObject({ backedBy: [], backing: [] });
  });

  // Refusals of a backing or of a backer are specified without PostgreSQL or Kafka:
  // apps/api/src/actors/change-backing/change-backing.api.spec.ts.
  it('resolves a person the same way on every list', async () => {
    const statements = await parley.http().get(`/api/v1/statements?actor=TRUMP&minPosition=${lastPosition}`).expect(200);
    const developments = await parley.http().get('/api/v1/developments?actor=TRUMP&kind=statement').expect(200);
    expect(statements.body.statements).toEqual([expect.objectContaining({ actor: 'USA', person: 'TRUMP', actors: ['USA', 'TRUMP'] })]);
    expect(developments.body.developments.map((d: { id: string }) => d.id)).toEqual(statements.body.statements.map((s: { developmentId: string }) => s.developmentId));
    expect((await parley.http().get('/api/v1/statements?actor=USA').expect(200)).body.statements).toHaveLength(1);
    expect(await types('actor=TRUMP')).toEqual(['StatementRecorded']);
  });
});
