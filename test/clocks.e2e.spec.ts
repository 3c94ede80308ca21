import { dyadOf } from '@parley/domain';
import { setTimeout as sleep } from 'node:timers/promises';
import { ParleyUnderTest, WRITER_KEY, startParley } from './support/parley-under-test';

/**
 * Every read-model route against the two clocks. Each sort of thing the routes show comes in (up to)
 * four: one per combination of "it happened before the world moment asked about" and "Parley recorded
 * it before the moment of knowledge asked about". Each route must show exactly those its clocks let
 * through.
 */
const MARKERS = ['before both', 'later in the world', 'reported late', 'later on both'] as const;
type Marker = (typeof MARKERS)[number];

const DAY_MS = 86_400_000;
const started = Date.now();
const daysAgo = (days: number) => new Date(started - days * DAY_MS).toISOString();

/** The world moment asked about: ten days ago. Things "before" it happened 15–20 days ago, those "later" 1–5. */
const WORLD_MOMENT = daysAgo(10);
const HAPPENED: Record<Marker, number> = { 'before both': 15, 'later in the world': 3, 'reported late': 20, 'later on both': 5 };
const KNOWN_EARLY: readonly Marker[] = ['before both', 'later in the world'];
const KNOWN_LATE = MARKERS.filter((m) => !KNOWN_EARLY.includes(m));

/** Each marker's statement also targets an actor of its own, so its dyad tells it apart in the tension index. */
const OTHER: Record<Marker, string> = { 'before both': 'POL', 'later in the world': 'GBR', 'reported late': 'USA', 'later on both': 'DEU' };
const dyadOfMarker = (marker: Marker) => dyadOf('RUS', OTHER[marker]);

const TRACK = 'clocks-talks';
/** The talks in which a round starts, ends, is announced and postponed open first; each other marker opens a track of its own. */
const trackOf = (marker: Marker) => (marker === 'before both' ? TRACK : `clocks-${marker.replace(/ /g, '-')}`);

interface Clock {
  name: string;
  query: (knownAt: string) => string;
  /** What it lets through. */
  shows: readonly Marker[];
  /** The moment the tension index is read at. */
  moment: (knownAt: string) => string;
}

const CLOCKS: readonly Clock[] = [
  { name: 'asOf alone', query: () => `asOf=${WORLD_MOMENT}`, shows: ['before both', 'reported late'], moment: () => WORLD_MOMENT },
  { name: 'knownAt alone', query: (k) => `knownAt=${k}`, shows: ['before both', 'later in the world'], moment: (k) => k },
  { name: 'both', query: (k) => `asOf=${WORLD_MOMENT}&knownAt=${k}`, shows: ['before both'], moment: () => WORLD_MOMENT },
];

describe('every read-model route, by the two clocks', () => {
  let parley: ParleyUnderTest;
  let last = 0;
  let knownAt = '';
  const ids = { statement: {} as Record<Marker, string>, exchange: {} as Record<Marker, string>, withdrawn: {} as Record<Marker, string> };

  const write = async (path: string, body: unknown) => {
    const answer = (await parley.post(path, body).expect(201)).body;
    last = answer.position;
    return answer.id as string;
  };
  const retract = async (id: string) => {
    last = (await parley.http().delete(`/api/v1/developments/${id}`).set('X-API-Key', WRITER_KEY).send({ reason: 'misquoted' }).expect(200)).body.position;
  };

  const statement = (marker: Marker) =>
    write('/api/v1/statements', {
      speaker: 'Dmitry Peskov', actor: 'RUS', targets: ['UKR', OTHER[marker]], quote: `clocks: ${marker}`, stance: 'hostile', madeAt: daysAgo(HAPPENED[marker]),
    });
  const exchange = (marker: Marker) =>
    write('/api/v1/prisoner-exchanges', {
      occurredAt: daysAgo(HAPPENED[marker]), returned: [{ to: 'RUS', count: HAPPENED[marker] }, { to: 'UKR', count: HAPPENED[marker] }], category: 'pow', trackId: TRACK,
    });
  const withdrawable = (marker: Marker) =>
    write('/api/v1/statements', { speaker: 'Dmitry Peskov', actor: 'RUS', targets: [], quote: `to be withdrawn: ${marker}`, stance: 'neutral', madeAt: daysAgo(HAPPENED[marker] + 1) });
  const openTrack = (trackId: string, announced: number) =>
    write(`/api/v1/negotiations/${trackId}/rounds`, {
      round: 1, parties: ['RUS', 'UKR'], mediators: ['TUR'], city: 'Istanbul', scheduledStart: daysAgo(announced - 3), announcedAt: daysAgo(announced),
    });
  const register = (code: string) => write('/api/v1/actors', { code, name: code, type: 'organisation' });

  beforeAll(async () => {
    parley = await startParley();
    // What Parley learns first: the talks opened, started and a second round announced; some of everything else.
    await openTrack(TRACK, 15);
    await write(`/api/v1/negotiations/${TRACK}/rounds/1/start`, { startedAt: daysAgo(12) });
    await write(`/api/v1/negotiations/${TRACK}/rounds`, { round: 2, parties: ['RUS', 'UKR'], mediators: ['TUR'], city: 'Istanbul', scheduledStart: daysAgo(-5), announcedAt: daysAgo(3) });
    await openTrack(trackOf('later in the world'), HAPPENED['later in the world']);
    await register('CLOCKS_EARLY');
    for (const marker of MARKERS) ids.withdrawn[marker] = await withdrawable(marker);
    for (const marker of KNOWN_EARLY) {
      ids.statement[marker] = await statement(marker);
      ids.exchange[marker] = await exchange(marker);
      await retract(ids.withdrawn[marker]);
    }
    await sleep(10);
    knownAt = new Date().toISOString();
    await sleep(10);
    // What it learns afterwards: the first round's end, the second's postponement, late reports of older things.
    await write(`/api/v1/negotiations/${TRACK}/rounds/1/conclude`, { endedAt: new Date(Date.parse(daysAgo(12)) + 3_600_000).toISOString(), outcomes: [{ kind: 'no_agreement', summary: 'none' }] });
    await write(`/api/v1/negotiations/${TRACK}/rounds/2/postpone`, { scheduledStart: daysAgo(-7), announcedAt: daysAgo(2) });
    await openTrack(trackOf('reported late'), HAPPENED['reported late']);
    await openTrack(trackOf('later on both'), HAPPENED['later on both']);
    await register('CLOCKS_LATE');
    for (const marker of KNOWN_LATE) {
      ids.statement[marker] = await statement(marker);
      ids.exchange[marker] = await exchange(marker);
      await retract(ids.withdrawn[marker]);
    }
  });
  afterAll(() => parley.stop());

  /** A GET under the clocks, once the live read models hold every write (for the live answer). */
  const get = (path: string, clocks: string) =>
    parley.http().get(`${path}${path.includes('?') ? '&' : '?'}${clocks}${clocks ? '&' : ''}minPosition=${last}`);
  const body = async (path: string, clocks: string) => (await get(path, clocks).expect(200)).body;
  type Probe = (clocks: string) => Promise<boolean>;
  const byMarker = (shows: (marker: Marker, clocks: string) => Promise<boolean>): Record<Marker, Probe> =>
    Object.fromEntries(MARKERS.map((m) => [m, (clocks: string) => shows(m, clocks)])) as Record<Marker, Probe>;

  /** Per route: whether an answer under the clocks shows each marker it has. */
  const ROUTES: [string, Partial<Record<Marker, Probe>>][] = [
    ['GET /negotiations', byMarker(async (m, c) => (await body('/api/v1/negotiations', c)).tracks.some((t: { trackId: string }) => t.trackId === trackOf(m)))],
    [
      'GET /negotiations/{trackId}',
      {
        'before both': async (c) => (await body(`/api/v1/negotiations/${TRACK}`, c)).lastRound?.round === 1,
        'later in the world': async (c) => (await body(`/api/v1/negotiations/${TRACK}`, c)).nextRound?.round === 2,
        'reported late': async (c) => (await body(`/api/v1/negotiations/${TRACK}`, c)).lastRound?.endedAt != null,
        'later on both': async (c) => (await body(`/api/v1/negotiations/${TRACK}`, c)).nextRound?.status === 'postponed',
      },
    ],
    ['GET /statements', byMarker(async (m, c) => (await body('/api/v1/statements', c)).statements.some((s: { developmentId: string }) => s.developmentId === ids.statement[m]))],
    ['GET /prisoner-exchanges', byMarker(async (m, c) => (await body('/api/v1/prisoner-exchanges', c)).exchanges.some((x: { developmentId: string }) => x.developmentId === ids.exchange[m]))],
    ['GET /developments', byMarker(async (m, c) => (await body('/api/v1/developments', c)).developments.some((d: { id: string }) => d.id === ids.statement[m]))],
    [
      'GET /developments/{id}',
      byMarker(async (m, c) => {
        const answer = await get(`/api/v1/developments/${ids.statement[m]}`, c);
        expect([200, 404]).toContain(answer.status);
        return answer.status === 200;
      }),
    ],
    ['GET /developments/retractions', byMarker(async (m, c) => (await body('/api/v1/developments/retractions', c)).retractions.some((r: { id: string }) => r.id === ids.withdrawn[m]))],
    [
      'GET /actors',
      // An actor is registered when it is recorded, so it is always later in the world than ten days ago.
      {
        'later in the world': async (c) => (await body('/api/v1/actors', c)).actors.some((a: { code: string }) => a.code === 'CLOCKS_EARLY'),
        'later on both': async (c) => (await body('/api/v1/actors', c)).actors.some((a: { code: string }) => a.code === 'CLOCKS_LATE'),
      },
    ],
    ['GET /actors/{code}', byMarker(async (m, c) => (await body('/api/v1/actors/RUS?limit=200', c)).recentDevelopments.some((d: { id: string }) => d.id === ids.statement[m]))],
    ['GET /tension', byMarker(async (m, c) => (await body('/api/v1/tension', c)).dyads.some((d: { dyad: string }) => d.dyad === dyadOfMarker(m)))],
    ['GET /tension/{dyad}', byMarker(async (m, c) => (await body('/api/v1/tension/RUS-UKR?limit=100', c)).contributions.some((x: { eventId: string }) => x.eventId === ids.statement[m]))],
    ['GET /tension/{dyad}/history', byMarker(async (m, c) => (await body(`/api/v1/tension/${dyadOfMarker(m)}/history`, c)).points.at(-1).conflict > 0)],
    ['GET /tension/{dyad}/trend', byMarker(async (m, c) => (await body(`/api/v1/tension/${dyadOfMarker(m)}/trend?month=${daysAgo(HAPPENED[m]).slice(0, 7)}`, c)).mean > 0)],
  ];

  it.each(ROUTES)('given the history: %s shows, under each clock, exactly what had happened and was known then', async (_route, probes) => {
    const markers = MARKERS.filter((m) => probes[m]);
    const seen = async (clocks: string) => {
      const shown: Marker[] = [];
      for (const m of markers) if (await probes[m]!(clocks)) shown.push(m);
      return shown;
    };
    const answers: Record<string, Marker[]> = { live: await seen('') };
    for (const clock of CLOCKS) answers[clock.name] = await seen(clock.query(knownAt));
    expect(answers).toEqual({ live: markers, ...Object.fromEntries(CLOCKS.map((c) => [c.name, markers.filter((m) => c.shows.includes(m))])) });
  });

  it('given asOf, or else knownAt: reads the tension index at that moment, not now', async () => {
    for (const clock of CLOCKS) {
      const query = clock.query(knownAt);
      const moment = clock.moment(knownAt);
      const dyad = await body('/api/v1/tension/RUS-UKR?limit=100', query);
      expect({
        clock: clock.name,
        overview: (await body('/api/v1/tension', query)).asOf,
        dyad: dyad.asOf,
        history: (await body('/api/v1/tension/RUS-UKR/history', query)).points.at(-1).at,
      }).toEqual({ clock: clock.name, overview: moment, dyad: moment, history: moment });
      // Decayed from when it was said to the moment read, at a half-life of 14 days.
      const said = dyad.contributions.find((c: { eventId: string }) => c.eventId === ids.statement['before both']);
      expect(said.decay).toBeCloseTo(0.5 ** ((Date.parse(moment) - Date.parse(daysAgo(HAPPENED['before both']))) / (14 * DAY_MS)), 12);
    }
  });

  it('given a development dated later than it is recorded: refuses it with 400 naming the field, and stores nothing', async () => {
    const head = async () => (await parley.db.query(`SELECT count(*)::int AS n FROM events`)).rows[0].n;
    const before = await head();
    const inTwoDays = daysAgo(-2);
    const refusals = [
      ['/api/v1/developments', { kind: 'military_strike', actor: 'UKR', targets: ['RUS'], occurredAt: inTwoDays, datePrecision: 'day', details: { means: 'drone' } }, 'occurredAt'],
      ['/api/v1/statements', { speaker: 'Dmitry Peskov', actor: 'RUS', targets: ['UKR'], quote: 'the day after tomorrow', stance: 'hostile', madeAt: inTwoDays }, 'madeAt'],
      [`/api/v1/negotiations/${TRACK}/rounds`, { round: 3, parties: ['RUS', 'UKR'], mediators: [], city: 'Istanbul', scheduledStart: daysAgo(-9), announcedAt: inTwoDays }, 'announcedAt'],
    ] as const;
    for (const [path, request, field] of refusals) {
      const answer = await parley.post(path, request).expect(400);
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(answer.body.errors).toEqual([{ field, message: expect.stringMatching(/later than when it is recorded/) }]);
    }
    expect(await head()).toBe(before);
  });
});
