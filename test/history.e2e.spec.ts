import { DEVELOPMENTS } from '@parley/read-models';
import { ProjectionRebuilder, projectionsNamed } from '@parley/replay';
import { ParleyUnderTest, WRITER_KEY, startParley } from './support/parley-under-test';
import { TRACK, concludeRound2, exchangeOf24May, peskovOnMeeting, scheduleRound2, startRound2, trumpOnTruthSocial } from './support/istanbul';

const status = `/api/v1/negotiations/${TRACK}`;

describe('looking back: as of a moment in the world, and as known at a moment', () => {
  let parley: ParleyUnderTest;
  let last = 0;
  const write = async (path: string, body: unknown) => {
    last = (await parley.post(path, body).expect(201)).body.position;
  };
  const get = async (path: string) => (await parley.http().get(path).expect(200)).body;
  const recordedAt = async (type: string) =>
    (await parley.db.query(`SELECT recorded_at FROM events WHERE type = $1`, [type])).rows[0].recorded_at as Date;

  beforeAll(async () => {
    parley = await startParley();
    await write('/api/v1/prisoner-exchanges', exchangeOf24May);
    await write('/api/v1/statements', trumpOnTruthSocial);
    await write('/api/v1/statements', peskovOnMeeting);
    await write(`${status}/rounds`, scheduleRound2);
    await write(`${status}/rounds/2/start`, startRound2);
    await write(`${status}/rounds/2/conclude`, concludeRound2);
    await get(`${status}?minPosition=${last}`);
  });
  afterAll(() => parley.stop());

  it('given asOf before the round concluded: shows it in session, then scheduled, then not yet announced', async () => {
    expect(await get(`${status}?asOf=2025-06-02T09:30:00Z`)).toMatchObject({ status: 'in_session', roundsHeld: 1, lastRound: { endedAt: null } });
    expect(await get(`${status}?asOf=2025-05-31T00:00:00Z`)).toMatchObject({ status: 'scheduled', nextRound: { round: 2 } });
    await parley.http().get(`${status}?asOf=2025-05-29T00:00:00Z`).expect(404);
    expect(await get(`${status}`)).toMatchObject({ status: 'concluded' });
  });

  it('given knownAt before the conclusion was posted: hides it, alone or with asOf', async () => {
    const justBefore = new Date((await recordedAt('TalksConcluded')).getTime() - 1).toISOString();
    expect(await get(`${status}?knownAt=${justBefore}`)).toMatchObject({ status: 'in_session' });
    expect(await get(`${status}?knownAt=${justBefore}&asOf=2025-06-30T00:00:00Z`)).toMatchObject({ status: 'in_session' });
    expect(await get(`${status}?knownAt=${justBefore}&asOf=2025-05-31T00:00:00Z`)).toMatchObject({ status: 'scheduled' });
    const beforeAnything = new Date((await recordedAt('PrisonerExchangeRecorded')).getTime() - 1).toISOString();
    expect(await get(`/api/v1/negotiations?knownAt=${beforeAnything}`)).toEqual({ tracks: [], nextCursor: null });
  });

  it('answers statements and exchanges as of a moment with the same filters as live', async () => {
    const statements = await get('/api/v1/statements?asOf=2025-05-28T00:00:00Z&actor=USA');
    expect(statements.statements.map((s: { speaker: string }) => s.speaker)).toEqual(['Donald Trump']);
    expect((await get('/api/v1/statements?asOf=2025-05-28T00:00:00Z')).statements).toHaveLength(1);
    expect((await get(`/api/v1/prisoner-exchanges?asOf=2025-05-20T00:00:00Z&trackId=${TRACK}`)).totals).toEqual({ count: 0, returned: {} });
    expect((await get(`/api/v1/prisoner-exchanges?asOf=2025-05-25T00:00:00Z&trackId=${TRACK}`)).totals).toEqual({ count: 1, returned: { RUS: 307, UKR: 307 } });
  });

  it('given a development reported late: the same moment asked again includes it', async () => {
    const moment = '/api/v1/statements?asOf=2025-05-28T00:00:00Z';
    expect((await get(moment)).statements).toHaveLength(1);
    await write('/api/v1/statements', { ...peskovOnMeeting, madeAt: '2025-05-26T10:00:00Z', quote: 'reported late' });
    expect((await get(moment)).statements.map((s: { quote: string }) => s.quote)).toContain('reported late');
  });

  it('given a retraction: it holds at any asOf, since it corrects knowledge, but not at a knownAt before it was made', async () => {
    const { id } = (await parley.post('/api/v1/statements', { ...peskovOnMeeting, quote: 'to be withdrawn' }).expect(201)).body;
    await parley.http().delete(`/api/v1/developments/${id}`).set('X-API-Key', WRITER_KEY).send({ reason: 'misquoted' }).expect(200);
    const beforeRetraction = new Date((await recordedAt('DevelopmentRetracted')).getTime() - 1).toISOString();
    expect(await get(`/api/v1/developments/${id}?asOf=2025-05-31T00:00:00Z`)).toMatchObject({ retracted: true });
    expect(await get(`/api/v1/developments/${id}?knownAt=${beforeRetraction}`)).toMatchObject({ retracted: false });
    await parley.http().get(`/api/v1/developments/${id}?asOf=2025-05-29T00:00:00Z`).expect(404);
  });

  it('refuses a moment that is not an ISO-8601 time, naming the field', async () => {
    const res = await parley.http().get(`${status}?asOf=yesterday`).expect(400);
    expect(res.body.errors).toEqual([{ field: 'asOf', message: expect.stringMatching(/ISO-8601/) }]);
  });

  describe('given a statement stored in its first schema version, without targets, role or channel', () => {
    beforeAll(async () => {
      const { rows } = await parley.db.query(
        `WITH head AS (UPDATE event_log_head SET position = position + 1 RETURNING position),
         stored AS (
           INSERT INTO events (position, event_id, stream_id, stream_version, type, schema_version, data, metadata, occurred_at)
           SELECT position, gen_random_uuid(), 'statement-v1', 1, 'StatementRecorded', 1, $1::jsonb, '{}', '2025-05-20T10:00:00Z' FROM head
           RETURNING position)
         SELECT position FROM stored`,
        [JSON.stringify({ statementId: 'v1', speaker: 'Recep Tayyip Erdogan', actor: 'TUR', quote: 'Istanbul is ready', stance: 'cooperative', madeAt: '2025-05-20T10:00:00.000Z', trackId: null })],
      );
      last = Number(rows[0].position);
    });

    const upcast = { developmentId: 'v1', actor: 'TUR', targets: [], role: null, channel: null };

    it('reads it in the current shape from the store', async () => {
      const { events } = await get(`/api/v1/events?after=${last - 1}&limit=1`);
      expect(events[0]).toMatchObject({ schemaVersion: 2, data: upcast });
    });

    it('projects it through Kafka in the current shape', async () => {
      const { statements } = await get(`/api/v1/statements?actor=TUR&minPosition=${last}`);
      expect(statements).toEqual([expect.objectContaining(upcast)]);
    });

    it('rebuilds it in the current shape', async () => {
      const rebuild = await parley.app.get(ProjectionRebuilder).fromStore(projectionsNamed(DEVELOPMENTS));
      const { generation } = await rebuild.finished;

      const { rows } = await parley.db.query(
        `SELECT d.doc FROM read_model_documents d JOIN projections p ON p.name = d.projection AND p.generation = d.generation
         WHERE d.generation = $1 AND d.projection = $2 AND d.id = 'v1'`,
        [generation, DEVELOPMENTS],
      );
      const { developmentId: _, role, channel, ...facts } = upcast;
      expect(rows).toEqual([{ doc: expect.objectContaining({ ...facts, id: 'v1', details: expect.objectContaining({ role, channel }) }) }]);
      expect(rows[0].doc.details).not.toHaveProperty('statementId');
      const { statements } = await get('/api/v1/statements?actor=TUR');
      expect(statements).toEqual([expect.objectContaining(upcast)]);
    });

    it('folds it in the current shape as of a moment', async () => {
      const { statements } = await get('/api/v1/statements?actor=TUR&asOf=2025-05-21T00:00:00Z');
      expect(statements).toEqual([expect.objectContaining(upcast)]);
    });
  });
});
