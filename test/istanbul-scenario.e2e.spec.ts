import { ACTOR_TYPES } from '@parley/domain';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseGdeltExport } from '../scripts/cli/gdelt';
import { importGdelt } from '../scripts/cli/gdelt-import';
import { ParleyClient, parleyClient } from '../scripts/cli/parley-client';
import { Scenario, StepResult, lastPosition, runScenario, tally } from '../scripts/cli/scenario-runner';
import { ParleyUnderTest, WRITER_KEY, startParley } from './support/parley-under-test';

type Development = Record<string, any>;

describe('the Istanbul article as a scenario, posted through the REST API as a client would', () => {
  let parley: ParleyUnderTest;
  let client: ParleyClient;
  let scenario: Scenario;
  let results: StepResult[];
  let position = 0;
  const read = async <T = Development>(path: string): Promise<T> => {
    const res = await parley.http().get(`${path}${path.includes('?') ? '&' : '?'}minPosition=${position}`).expect(200);
    return res.body as T;
  };
  const developments = async (query: string) => (await read<{ developments: Development[] }>(`/api/v1/developments?${query}`)).developments;
  const wrote = (body: { position: number }) => {
    position = Math.max(position, body.position);
    return body;
  };

  beforeAll(async () => {
    parley = await startParley();
    await parley.app.listen({ port: 0, host: '127.0.0.1' });
    client = parleyClient({ url: await parley.app.getUrl(), key: WRITER_KEY });
    scenario = JSON.parse(await readFile(join(__dirname, '../scenarios/istanbul-2025.json'), 'utf8'));
    results = await runScenario(client, scenario);
    position = lastPosition(results);
  });
  afterAll(() => parley.stop());

  describe('given every development of the article posted', () => {
    it('accepts all thirty-eight, each answered with the id of its development', () => {
      expect(results.filter((r) => r.status !== 201)).toEqual([]);
      expect(results).toHaveLength(38);
      expect(tally(results)).toEqual({ accepted: 38, alreadyRecorded: 0, refused: [] });
      for (const r of results) expect(r.body).toMatchObject({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), sourceAttached: false });
    });

    it('shows round 2 in Istanbul, 120 minutes late, about an hour long, with a prisoner exchange and further talks, and 307 for 307', async () => {
      expect(await read('/api/v1/negotiations/russia-ukraine')).toMatchObject({
        status: 'concluded',
        mediators: ['TUR'],
        lastRound: {
          round: 2,
          city: 'Istanbul',
          delayMinutes: 120,
          durationMinutes: 60,
          outcomes: [{ kind: 'prisoner_exchange_agreed' }, { kind: 'further_talks_agreed' }],
        },
        prisonerExchanges: { count: 1, returned: { RUS: 307, UKR: 307 } },
      });
    });

    it('lists the 112 drones, the 113,100 km², the $2 billion and the DIA figures with their CAMEO coding', async () => {
      const [interception] = await developments('kind=air_defence_interception');
      expect(interception).toMatchObject({ actor: 'RUS', targets: ['UKR'], occurredAt: '2025-05-28T12:00:00.000Z', magnitude: { count: 112 }, cameo: { code: '190', quadClass: 4 } });
      const [territory] = await developments('kind=territorial_change');
      expect(territory).toMatchObject({ magnitude: { areaKm2: 113_100 }, details: { shareOfTerritory: 0.19 }, cameo: { code: '192' } });
      const [bombers] = await developments('kind=military_strike&actor=UKR');
      expect(bombers).toMatchObject({ magnitude: { damageUsd: 2_000_000_000 }, occurredAt: '2025-06-01T12:00:00.000Z', cameo: { code: '195', goldstein: -10 } });
      const [dia] = await developments('kind=threat_assessment');
      expect(dia.details.claims.map((c: { figure?: number }) => c.figure).filter(Boolean)).toEqual([1550, 2000]);
      expect(dia.cameo).toEqual({ code: '112', rootCode: '11', quadClass: 3, goldstein: -2, tableVersion: 'gdelt-2.0' });
      const [conditions] = await developments('kind=demands');
      expect(conditions).toMatchObject({ actor: 'RUS', person: 'PUTIN', targets: ['UKR', 'NATO'], occurredAt: '2025-05-28T12:00:00.000Z' });
      expect(conditions.details.conditions).toHaveLength(4);
    });

    it('lists all 36 developments of every kind, with id, CAMEO coding and the article as source, a page at a time', async () => {
      const first = await read<{ developments: Development[]; nextCursor: string }>('/api/v1/developments?limit=20');
      const second = await read<{ developments: Development[]; nextCursor: string | null }>(`/api/v1/developments?limit=20&cursor=${encodeURIComponent(first.nextCursor)}`);
      const all = [...first.developments, ...second.developments];
      expect(all).toHaveLength(36);
      expect(second.nextCursor).toBeNull();
      expect(new Set(all.map((d) => d.kind)).size).toBe(15);
      for (const d of all) {
        expect(d).toMatchObject({ id: expect.any(String), cameo: { tableVersion: 'gdelt-2.0' }, sources: [{ publisher: 'Al-Ahram Weekly' }], confirmed: false });
      }
      expect(all.map((d) => d.occurredAt)).toEqual([...all.map((d) => d.occurredAt)].sort().reverse());
    });

    it('resolves people to their countries and shows an actor with its recent developments', async () => {
      const byMerz = await developments('actor=MERZ');
      expect(byMerz.map((d) => [d.kind, d.actor])).toEqual([['statement', 'DEU'], ['diplomatic_meeting', 'DEU']]);
      const peskov = await read('/api/v1/actors/PESKOV');
      expect(peskov).toMatchObject({ code: 'PESKOV', type: 'person', country: 'RUS' });
      expect(peskov.recentDevelopments.map((d: Development) => d.kind).sort()).toEqual(['accusation', 'proposal', 'statement', 'statement']);
    });

    it("keeps a person named as a target, so Zelensky's page shows Merz hosting him", async () => {
      const [meeting] = await developments('actor=MERZ&kind=diplomatic_meeting');
      expect(meeting).toMatchObject({ actor: 'DEU', person: 'MERZ', targets: ['UKR'], targetPersons: ['ZELENSKY'] });
      const zelensky = await read('/api/v1/actors/ZELENSKY');
      expect(zelensky.recentDevelopments.map((d: Development) => d.id)).toContain(meeting.id);
    });

    it('lists every actor it knows, and with ?type only those of that type', async () => {
      const { actors } = await read<{ actors: Development[] }>('/api/v1/actors');
      expect(new Set(actors.map((a) => a.type))).toEqual(new Set(ACTOR_TYPES));
      expect(actors).toEqual(expect.arrayContaining([
        { code: 'UKR', name: expect.any(String), type: 'country', country: null, backedBy: [], backing: [] },
        { code: 'NATO', name: expect.any(String), type: 'organisation', country: null, backedBy: [], backing: [] },
      ]));
      const people = (await read<{ actors: Development[] }>('/api/v1/actors?type=person')).actors;
      expect(people.length).toBeLessThan(actors.length);
      expect(people.every((a) => a.type === 'person')).toBe(true);
      expect(people).toContainEqual({ code: 'PESKOV', name: expect.any(String), type: 'person', country: 'RUS', backedBy: [], backing: [] });
      const unknown = await parley.http().get('/api/v1/actors?type=planet').expect(400);
      expect(unknown.body.errors.map((e: { field: string }) => e.field)).toEqual(['type']);
    });

    it('adds nothing when the scenario is replayed, and counts every step as already recorded', async () => {
      const before = await parley.eventCount();
      const again = await runScenario(client, scenario);
      expect(again.map((r) => r.body.id)).toEqual(results.map((r) => r.body.id));
      expect(tally(again)).toEqual({ accepted: 0, alreadyRecorded: 38, refused: [] });
      expect(await parley.eventCount()).toBe(before);
    });
  });

  describe('provenance, corroboration and corrections', () => {
    const dia = () => scenario.steps[0].body;

    it('attaches a second report of the same development as a source, and then calls it confirmed', async () => {
      const before = await parley.eventCount();
      const res = await parley.post('/api/v1/developments', { ...dia(), occurredAt: '2025-05-21T18:00:00Z', source: { publisher: 'Reuters', url: 'https://www.reuters.com/dia-report' } }).expect(201);
      expect(res.body).toMatchObject({ id: results[0].body.id, sourceAttached: true });
      expect(await parley.eventCount()).toBe(before + 1);
      wrote(res.body);
      expect(await read(`/api/v1/developments/${res.body.id}`)).toMatchObject({
        confirmed: true,
        sources: [{ publisher: 'Al-Ahram Weekly' }, { publisher: 'Reuters' }],
      });
    });

    it('records a correction, which the read model honours, and keeps the first version in the log', async () => {
      const [bombers] = await developments('kind=military_strike&actor=UKR');
      const res = await parley.http().patch(`/api/v1/developments/${bombers.id}`).set('X-API-Key', WRITER_KEY)
        .send({ magnitude: { damageUsd: 7_000_000_000 }, reason: 'Ukrainian estimate' }).expect(200);
      wrote(res.body);
      expect(await read(`/api/v1/developments/${bombers.id}`)).toMatchObject({ magnitude: { damageUsd: 7_000_000_000 }, corrections: 1 });
      const { rows } = await parley.db.query(`SELECT type FROM events WHERE data->>'developmentId' = $1 ORDER BY position`, [bombers.id]);
      expect(rows.map((r) => r.type)).toEqual(['MilitaryStrikeRecorded', 'DevelopmentCorrected']);
    });

    it('honours corrections of a statement and an exchange in every read model that shows them', async () => {
      const [trumpId, exchangeId] = [results[10].body.id, results[1].body.id];
      const patch = (id: unknown, body: object) => parley.http().patch(`/api/v1/developments/${id}`).set('X-API-Key', WRITER_KEY).send(body);
      wrote((await patch(trumpId, { quote: 'Putin is playing with fire!', reason: 'the post ends with an exclamation mark' }).expect(200)).body);
      wrote((await patch(exchangeId, { returned: [{ to: 'RUS', count: 390 }, { to: 'UKR', count: 390 }], reason: 'later figures' }).expect(200)).body);

      const { statements } = await read<{ statements: Development[] }>('/api/v1/statements?actor=USA');
      expect(statements.find((s) => s.developmentId === trumpId)).toMatchObject({ quote: 'Putin is playing with fire!' });
      expect(await read(`/api/v1/developments/${trumpId}`)).toMatchObject({ summary: 'Putin is playing with fire!', corrections: 1 });
      expect((await read<Development>('/api/v1/prisoner-exchanges?trackId=russia-ukraine')).totals).toEqual({ count: 1, returned: { RUS: 390, UKR: 390 } });
      expect((await read('/api/v1/negotiations/russia-ukraine')).prisonerExchanges).toEqual({ count: 1, returned: { RUS: 390, UKR: 390 } });
      expect(await read(`/api/v1/developments/${exchangeId}`)).toMatchObject({ magnitude: { count: 780 } });
    });

    // Refusals of a correction, of a report and of a registration are specified without PostgreSQL or
    // Kafka beside their use cases (apps/api/src/developments, apps/api/src/actors).
    it('lists every source of a statement reported twice, and calls it confirmed', async () => {
      const res = await parley.post('/api/v1/statements', { ...scenario.steps[10].body, source: { publisher: 'www.reuters.com' } }).expect(201);
      expect(res.body).toMatchObject({ id: results[10].body.id, sourceAttached: true });
      wrote(res.body);
      const { statements } = await read<{ statements: Development[] }>('/api/v1/statements?actor=USA');
      expect(statements.find((s) => s.developmentId === res.body.id)).toMatchObject({
        sources: [{ publisher: 'Al-Ahram Weekly' }, { publisher: 'www.reuters.com' }],
        confirmed: true,
      });
    });

    it('lists with ?since only the developments it learned something about at or after that instant', async () => {
      const [interception] = await developments('kind=air_defence_interception');
      const since = new Date().toISOString();
      expect(await developments(`since=${since}`)).toEqual([]);
      const res = await parley.http().patch(`/api/v1/developments/${interception.id}`).set('X-API-Key', WRITER_KEY)
        .send({ summary: 'Russia says it downed 112 Ukrainian drones in three hours', reason: 'wording' }).expect(200);
      wrote(res.body);
      expect((await developments(`since=${since}`)).map((d) => d.id)).toEqual([interception.id]);
      await parley.http().get('/api/v1/developments?since=yesterday').expect(400);
    });

    it('retracts a development: gone from the lists and the track totals, listed in the retraction feed', async () => {
      const exchangeId = results[1].body.id as string;
      const res = await parley.http().delete(`/api/v1/developments/${exchangeId}`).set('X-API-Key', WRITER_KEY).send({ reason: 'test' }).expect(200);
      wrote(res.body);
      expect(await developments('kind=prisoner_exchange')).toEqual([]);
      expect((await read('/api/v1/negotiations/russia-ukraine')).prisonerExchanges).toEqual({ count: 0, returned: {} });
      expect((await read('/api/v1/developments/retractions')).retractions).toEqual([
        { id: exchangeId, kind: 'prisoner_exchange', retractedAt: expect.any(String), reason: 'test' },
      ]);
    });

    it('knows a registered actor at once', async () => {
      await parley.post('/api/v1/actors', { code: 'BUDANOV', name: 'Kyrylo Budanov', type: 'person', country: 'UKR' }).expect(201);
      const res = await parley.post('/api/v1/developments', { ...dia(), actor: 'BUDANOV', targets: ['RUS'], cameoCode: '130' }).expect(201);
      wrote(res.body);
      expect(await read(`/api/v1/developments/${res.body.id}`)).toMatchObject({ actor: 'UKR', person: 'BUDANOV' });
    });

    it('records a meeting of two leaders as acted by both countries, listed under either leader, in their dyad', async () => {
      const res = await parley.post('/api/v1/developments', {
        kind: 'diplomatic_meeting',
        actors: ['MERZ', 'ZELENSKY'],
        occurredAt: '2025-07-01T10:00:00Z',
        details: { format: 'third_location', participants: ['Friedrich Merz', 'Volodymyr Zelensky'] },
        source: { publisher: 'Reuters' },
      }).expect(201);
      wrote(res.body);
      const meeting = { id: res.body.id, actor: 'DEU', person: 'MERZ', actors: ['DEU', 'UKR', 'MERZ', 'ZELENSKY'], actorPersons: ['MERZ', 'ZELENSKY'], dyads: ['DEU-UKR'], cameo: expect.objectContaining({ code: '044' }) };
      expect(await read(`/api/v1/developments/${res.body.id}`)).toMatchObject(meeting);
      expect((await developments('actor=ZELENSKY&kind=diplomatic_meeting')).map((d) => d.id)).toEqual([res.body.id]);
    });
  });

  describe('a GDELT export imported for RUS and UKR', () => {
    const sample = async () => parseGdeltExport(await readFile(join(__dirname, 'fixtures/gdelt-sample.export.CSV'), 'utf8'), ['RUS', 'UKR']);

    it('posts its rows, attaches a second outlet for the same event, leaves out other actors and names bad rows by line', async () => {
      const parsed = await sample();
      let progress = 0;
      const report = await importGdelt(client, parsed, () => (progress += 1));
      expect(report).toMatchObject({ posted: 3, sourcesAttached: 1, alreadyRecorded: 0, filtered: 2 });
      expect(report.bad.map((b) => b.line)).toEqual([4, 5, 8]);
      expect(report.bad[2].reason).toMatch(/refused with 400/);
      expect(progress).toBe(parsed.rows.length);
    });

    it("keeps the attached row's GLOBALEVENTID as the Idempotency-Key of its SourceAttached event", async () => {
      const { rows } = await parley.db.query(`SELECT metadata->>'idempotencyKey' AS key FROM events WHERE type = 'SourceAttached' AND metadata->>'idempotencyKey' LIKE 'gdelt:%'`);
      expect(rows).toEqual([{ key: 'gdelt:1245000002' }]);
    });

    it('adds nothing when the same file is imported again, and reports its rows as already recorded', async () => {
      const before = await parley.eventCount();
      const report = await importGdelt(client, await sample());
      expect(report).toMatchObject({ posted: 0, sourcesAttached: 0, alreadyRecorded: 4 });
      // Replayed answers name the first import's positions: the read waits for those.
      wrote(report);
      expect(await parley.eventCount()).toBe(before);
      const [talks] = await developments('kind=reported_event&from=2025-06-02T00:00:00Z&to=2025-06-02T23:59:59Z');
      expect(talks).toMatchObject({ cameo: { code: '046' }, confirmed: true, location: { name: 'Istanbul, Istanbul, Turkey', country: 'TUR', precision: 'place' } });
    });
  });
});
