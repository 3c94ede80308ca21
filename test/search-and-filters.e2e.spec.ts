import { parse } from 'csv-parse/sync';
import { StepResult, tally } from '../scripts/cli/scenario-runner';
import { postScenarios } from './support/scenarios';
import { ParleyUnderTest, startParley } from './support/parley-under-test';

type Json = Record<string, any>;

/**
 * Searches and filters an analyst runs on India–Pakistan and DRC–Rwanda, 2025 (docs/search.md): the
 * full text, an actor with the groups it backs, a track, a plain-date period, a page at a time, the
 * past (asOf) filtered as the present is, and the CSV export of a filtered list.
 */
describe('search and filters over India–Pakistan and DRC–Rwanda, 2025', () => {
  let parley: ParleyUnderTest;
  let position = 0;
  const answered = new Map<string, StepResult[]>();
  const get = (path: string) => parley.http().get(`${path}${path.includes('?') ? '&' : '?'}minPosition=${position}`);
  const read = async (path: string): Promise<Json> => (await get(path).expect(200)).body;
  const developments = async (query: string): Promise<Json[]> => (await read(`/api/v1/developments?limit=500&${query}`)).developments;
  /** The problem's field errors, asserting a 400 problem+json. */
  const refused = async (path: string): Promise<Json[]> => {
    const res = await parley.http().get(path).expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    return res.body.errors;
  };

  beforeAll(async () => {
    parley = await startParley();
    const posted = await postScenarios(parley, ['india-pakistan-2025', 'drc-rwanda-2025']);
    for (const [name, results] of posted.answered) answered.set(name, results);
    position = posted.position;
  });
  afterAll(() => parley.stop());

  it('loads both scenarios whole', () => {
    for (const [name, results] of answered) expect({ name, refused: tally(results).refused.length }).toEqual({ name, refused: 0 });
  });

  describe('q: full text', () => {
    it('finds the attack of 22 April at Pahalgam, whatever the case typed', async () => {
      for (const q of ['Pahalgam', 'pahalgam']) {
        const found = await developments(`q=${q}`);
        // Latest first: India's accusation of the next day names the place too.
        expect(found.map((d) => [d.kind, d.actor, d.occurredAt])).toEqual([
          ['accusation', 'IND', '2025-04-23T14:00:00.000Z'],
          ['attack', 'TRF', '2025-04-22T09:00:00.000Z'],
        ]);
        expect(found.every((d) => /pahalgam/i.test(JSON.stringify([d.summary, d.location, d.details])))).toBe(true);
      }
    });

    it('needs every word and a phrase in order, excludes -words, and searches quotes and publishers', async () => {
      const goma = await developments('q=Goma');
      expect(goma.length).toBeGreaterThan(2);
      // In its text, or in a source's URL (…/fall-of-goma).
      expect(goma.every((d) => /goma/i.test(JSON.stringify([d.summary, d.location, d.details, d.sources])))).toBe(true);
      expect((await developments('q=%22seizes%20Goma%22')).map((d) => d.summary)).toEqual(['M23 seizes Goma, capital of North Kivu']);
      expect(await developments('q=%22Goma%20seizes%22')).toEqual([]);
      const withoutSeizure = await developments('q=Goma%20-seizes');
      expect(withoutSeizure.length).toBe(goma.length - 1);
      const statements = (await read('/api/v1/statements?q=treaty%20suspended')).statements;
      expect(statements.map((s: Json) => s.actor)).toEqual(['IND']);
      expect(statements[0].quote).toMatch(/^The treaty will remain suspended/);
      // AFC/M23 is two words, as an analyst reads it.
      expect((await developments('q=M23%20unilateral%20ceasefire')).map((d) => d.summary)).toEqual([expect.stringMatching(/^The AFC\/M23 declares a unilateral ceasefire/)]);
      const byPublisherName = await developments('q=Africanews');
      expect(byPublisherName.length).toBeGreaterThan(0);
      expect(byPublisherName.every((d) => d.sources.some((s: Json) => s.publisher === 'Africanews'))).toBe(true);
    });
  });

  describe('actor, via, trackId, publisher, confirmed, kind', () => {
    it("lists Rwanda's own acts, and with via=true M23's acts while Rwanda backed it", async () => {
      const own = await developments('actor=RWA');
      const viaM23 = await developments('actor=RWA&via=true');
      expect(own.every((d) => d.actors.includes('RWA'))).toBe(true);
      expect(viaM23.map((d) => d.summary)).toEqual(expect.arrayContaining(['M23 seizes Goma, capital of North Kivu']));
      expect(viaM23.length).toBe(own.length + (await developments('actor=M23')).filter((d) => !d.actors.includes('RWA')).length);
    });

    it('finds a person among the actors: Kagame spoke, and met Tshisekedi', async () => {
      expect((await read('/api/v1/statements?actor=KAGAME')).statements.map((s: Json) => s.person)).toEqual(['KAGAME']);
      expect((await developments('actor=KAGAME')).map((d) => d.kind)).toEqual(['statement', 'diplomatic_meeting']);
    });

    it("filters by track: the Washington process's developments and statements, nothing else", async () => {
      const washington = await developments('trackId=drc-rwanda');
      // Its two rounds, what they produced, and Rubio's words at the signing.
      expect(washington.map((d) => d.kind).sort()).toEqual(['agreement', 'agreement', 'memorandum', 'statement', 'talks', 'talks']);
      const statements = (await read('/api/v1/statements?trackId=india-pakistan')).statements;
      expect(statements.length).toBeGreaterThan(5);
      expect(statements.every((s: Json) => s.trackId === 'india-pakistan')).toBe(true);
    });

    it('filters by publisher as recorded, by confirmation and by kind', async () => {
      const byAfricanews = await developments('publisher=Africanews');
      expect(byAfricanews.length).toBeGreaterThan(0);
      expect(byAfricanews.every((d) => d.sources.some((s: Json) => s.publisher === 'Africanews'))).toBe(true);
      const [confirmed, unconfirmed, all] = await Promise.all([developments('confirmed=true'), developments('confirmed=false'), developments('')]);
      expect(confirmed.every((d) => d.confirmed)).toBe(true);
      expect(unconfirmed.every((d) => !d.confirmed)).toBe(true);
      expect(confirmed.length + unconfirmed.length).toBe(all.length);
      expect((await developments('kind=territorial_change&actor=M23')).length).toBeGreaterThan(3);
    });

    it('lists tracks by an actor among parties and mediators, and rounds by their scheduled start', async () => {
      expect((await read('/api/v1/negotiations?actor=QAT')).tracks.map((t: Json) => t.trackId)).toEqual(['drc-m23']);
      expect((await read('/api/v1/negotiations?actor=USA')).tracks.map((t: Json) => t.trackId)).toEqual(['drc-rwanda']);
      const rounds = await read('/api/v1/negotiations/drc-m23/rounds?from=2025-04-01&to=2025-08-01');
      expect(rounds.rounds.map((r: Json) => r.round)).toEqual([2, 3]);
      const first = await read('/api/v1/negotiations/drc-m23/rounds?limit=3');
      const rest = await read(`/api/v1/negotiations/drc-m23/rounds?limit=3&cursor=${first.nextCursor}`);
      expect([...first.rounds, ...rest.rounds].map((r: Json) => r.round)).toEqual([1, 2, 3, 4]);
      expect(rest.nextCursor).toBeNull();
    });
  });

  describe('from and to, limit and cursor', () => {
    it('takes plain dates: the strikes from 7 May to the end of 10 May', async () => {
      const strikes = await developments('kind=military_strike&from=2025-05-07&to=2025-05-11');
      expect(strikes.length).toBeGreaterThan(3);
      expect(strikes.every((d) => d.occurredAt >= '2025-05-07T00:00:00.000Z' && d.occurredAt <= '2025-05-11T00:00:00.000Z')).toBe(true);
      expect(strikes.map((d) => d.occurredAt)).toEqual(expect.arrayContaining(['2025-05-10T00:00:00.000Z']));
    });

    it('pages through statements by cursor, every statement exactly once, in the order of the whole list', async () => {
      const whole = (await read('/api/v1/statements?limit=500')).statements.map((s: Json) => s.developmentId);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Json = await read(`/api/v1/statements?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        expect(page.statements.length).toBeLessThanOrEqual(3);
        seen.push(...page.statements.map((s: Json) => s.developmentId));
        cursor = page.nextCursor;
      } while (cursor);
      expect(whole.length).toBe(32);
      expect(seen).toEqual(whole);
    });

    it('pages a filtered list of developments the same way', async () => {
      const whole = (await developments('actor=M23')).map((d) => d.id);
      const first = await read('/api/v1/developments?actor=M23&limit=5');
      const second = await read(`/api/v1/developments?actor=M23&limit=500&cursor=${encodeURIComponent(first.nextCursor)}`);
      expect([...first.developments, ...second.developments].map((d: Json) => d.id)).toEqual(whole);
      expect(second.nextCursor).toBeNull();
    });

    it('pages the tension history by cursor: the pages make the whole series', async () => {
      const path = '/api/v1/tension/IND-PAK/history?from=2025-04-20&to=2025-06-30&asOf=2025-06-30T23:59:59Z';
      const whole = await read(path);
      expect(whole.points).toHaveLength(72);
      expect(whole.nextCursor).toBeNull();
      const pages: Json[] = [];
      let cursor: string | null = null;
      do {
        const page: Json = await read(`${path}&limit=30${cursor ? `&cursor=${cursor}` : ''}`);
        pages.push(...page.points);
        cursor = page.nextCursor;
      } while (cursor);
      expect(pages).toEqual(whole.points);
      expect(await refused(`${path}&kind=attack`)).toEqual([{ field: 'kind', message: expect.stringMatching(/not a filter of this list/) }]);
    });

    it('gives the event log a nextCursor too', async () => {
      const first = await read('/api/v1/events?limit=2&actor=M23');
      const second = await read(`/api/v1/events?limit=2&actor=M23&cursor=${first.nextCursor}`);
      expect(second.events[0].position).toBeGreaterThan(first.events[1].position);
    });
  });

  describe('the past, filtered as the present is', () => {
    it('searches as of 26 January: the fighting around Goma, not yet its fall', async () => {
      const then = await developments('q=Goma&asOf=2025-01-26T23:59:59Z');
      // The fighting, Kinshasa breaking off relations as M23 closed in, and Kigali evacuating its diplomats.
      expect(then.map((d) => d.kind).sort()).toEqual(['armed_clash', 'diplomatic_relations', 'statement']);
      expect((await developments('q=Goma&asOf=2025-01-27T23:59:59Z')).map((d) => d.kind)).toEqual(expect.arrayContaining(['territorial_change']));
    });

    it("reads Rwanda's acts via M23 as of a day, as the live list reads them", async () => {
      const asOf = '2025-02-20T23:59:59Z';
      const then = await developments(`actor=RWA&via=true&asOf=${asOf}`);
      const live = (await developments('actor=RWA&via=true')).filter((d) => d.occurredAt <= '2025-02-20T23:59:59.000Z');
      expect(then.map((d) => d.id)).toEqual(live.map((d) => d.id));
      expect(then.map((d) => d.actor)).toEqual(expect.arrayContaining(['M23', 'RWA']));
    });

    it('pages statements of the past by cursor too', async () => {
      const asOf = '2025-05-10T23:59:59Z';
      const whole = (await read(`/api/v1/statements?limit=500&trackId=india-pakistan&asOf=${asOf}`)).statements.map((s: Json) => s.developmentId);
      const first = await read(`/api/v1/statements?limit=2&trackId=india-pakistan&asOf=${asOf}`);
      const rest = await read(`/api/v1/statements?limit=500&trackId=india-pakistan&asOf=${asOf}&cursor=${encodeURIComponent(first.nextCursor)}`);
      expect(whole.length).toBeGreaterThan(2);
      expect([...first.statements, ...rest.statements].map((s: Json) => s.developmentId)).toEqual(whole);
    });
  });

  it('exports a filtered list as CSV: the same rows as the JSON answer', async () => {
    const json = await developments('q=Goma');
    const res = await get('/api/v1/developments?limit=500&q=Goma&format=csv').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const rows: Json[] = parse(res.text, { columns: true, bom: true });
    expect(rows.map((r) => r.event_id)).toEqual(json.map((d) => d.id));
  });

  describe('bad values: 400 problem+json naming the parameter', () => {
    it.each([
      ['/api/v1/developments?country=India', 'country'],
      ['/api/v1/developments?confirmed=yes', 'confirmed'],
      ['/api/v1/developments?via=true', 'via'],
      ['/api/v1/developments?q=%00Goma', 'q'],
      [`/api/v1/developments?q=${'Goma'.repeat(51)}`, 'q'],
      ['/api/v1/developments?q=%21%21', 'q'],
      ['/api/v1/developments?from=1850-01-01', 'from'],
      ['/api/v1/developments?kind=massacre', 'kind'],
      ['/api/v1/developments?actor=rwa', 'actor'],
      ['/api/v1/developments?trackId=DRC%20Rwanda', 'trackId'],
      ['/api/v1/statements?cursor=page-2', 'cursor'],
      ['/api/v1/negotiations/drc-m23/rounds?cursor=0', 'cursor'],
    ])('%s names %s', async (path, field) => {
      expect((await refused(path)).map((e) => e.field)).toEqual([field]);
    });

    it.each([
      ['/api/v1/statements?kind=statement', 'kind'],
      ['/api/v1/statements?country=IND', 'country'],
      ['/api/v1/prisoner-exchanges?country=IND', 'country'],
      ['/api/v1/events?q=Goma', 'q'],
      ['/api/v1/events?confirmed=true', 'confirmed'],
      ['/api/v1/negotiations?q=Doha', 'q'],
      ['/api/v1/negotiations/drc-m23/rounds?actor=QAT', 'actor'],
    ])('%s: a filter that list does not take, named as such', async (path, field) => {
      expect(await refused(path)).toEqual([{ field, message: expect.stringMatching(/not a filter of this list/) }]);
    });
  });
});
