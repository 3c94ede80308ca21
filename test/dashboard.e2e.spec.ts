import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { LEVELS } from '../libs/domain/src/tension/tension-formula';
import { DEFAULT_TENSION_PARAMETERS } from '../libs/domain/src/tension/tension-formula';
import { parleyClient } from '../scripts/cli/parley-client';
import { Scenario, lastPosition, runScenario } from '../scripts/cli/scenario-runner';
import { TRACK } from './support/istanbul';
import { launchBrowser } from './support/browser';
import { ParleyUnderTest, WRITER_KEY, startParley } from './support/parley-under-test';

/**
 * Out of the tree, so a test run leaves it clean. The README shows the committed ones in docs/screenshots:
 * refresh them with `PARLEY_SCREENSHOTS=docs/screenshots npx jest test/dashboard.e2e.spec.ts`.
 */
const SCREENSHOTS = process.env.PARLEY_SCREENSHOTS ?? 'var/screenshots';
const SCENARIOS = ['istanbul-2025', 'india-pakistan-2025', 'drc-rwanda-2025'];

type Json = Record<string, any>;

/**
 * Coordinates of some of the scenarios' places (city centres, as any gazetteer gives them), posted as
 * location objects with `precision: "given"` so the map has markers whatever the gazetteer knows.
 */
const PLACES: Record<string, { country: string; latitude: number; longitude: number }> = {
  Goma: { country: 'COD', latitude: -1.6792, longitude: 29.2228 },
  Bukavu: { country: 'COD', latitude: -2.5083, longitude: 28.8608 },
  Doha: { country: 'QAT', latitude: 25.2854, longitude: 51.531 },
  Washington: { country: 'USA', latitude: 38.9072, longitude: -77.0369 },
  Pahalgam: { country: 'IND', latitude: 34.0161, longitude: 75.315 },
  Srinagar: { country: 'IND', latitude: 34.0837, longitude: 74.7973 },
  London: { country: 'GBR', latitude: 51.5074, longitude: -0.1278 },
  Moscow: { country: 'RUS', latitude: 55.7558, longitude: 37.6173 },
};

/** The scenario with its developments' known places as objects with coordinates. */
const placed = (scenario: Scenario): Scenario => ({
  ...scenario,
  steps: scenario.steps.map((step) => {
    const name = step.body.location;
    if (step.post !== '/api/v1/developments' || typeof name !== 'string' || !PLACES[name]) return step;
    return { ...step, body: { ...step.body, location: { name, ...PLACES[name], precision: 'given' } } };
  }),
});

describe('the dashboard in headless Chromium, over the three scenarios of 2025', () => {
  let parley: ParleyUnderTest;
  let url: string;
  let position = 0;
  let objectLocations = false;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  /** Errors thrown in the page and errors it logs (a Content-Security-Policy refusal among them). */
  const problems: string[] = [];
  const card = () => page.locator(`[data-track="${TRACK}"]`);
  const read = async (path: string): Promise<Json> =>
    (await parley.http().get(`${path}${path.includes('?') ? '&' : '?'}minPosition=${position}`).expect(200)).body;
  /** The page marks <body data-page data-loaded> with the page and the date it shows once its data is drawn, or "error". */
  const loaded = async (date: string, shown = 'overview') => {
    await page.waitForSelector(`body[data-page="${shown}"][data-loaded="${date}"], body[data-loaded="error"]`);
    expect(await page.locator('#error').textContent()).toBe('');
  };
  /** The whole page, down to a height that keeps the picture readable (the timeline runs long). */
  const screenshot = async (name: string) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    // from the top, so that the sticky header is where a reader sees it
    await page.evaluate('window.scrollTo(0, 0)');
    const height = Math.min(await page.evaluate<number>('document.documentElement.scrollHeight'), 2_400);
    const width = page.viewportSize()!.width;
    await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true, clip: { x: 0, y: 0, width, height } });
  };
  const focused = async (selector: string) => (await page.locator(`${selector}:focus`).count()) === 1;
  const noSidewaysScroll = async () => expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(page.viewportSize()!.width);

  beforeAll(async () => {
    parley = await startParley();
    await parley.app.listen({ port: 0, host: '127.0.0.1' });
    url = await parley.app.getUrl();
    // Places with coordinates need the location object (issue 18, part 3); a service without it takes the name alone.
    const document = (await parley.http().get('/docs-json').expect(200)).body;
    objectLocations = JSON.stringify(document.components.schemas.RecordDevelopmentRequestDto?.properties?.location ?? {}).includes('latitude');
    const client = parleyClient({ url, key: WRITER_KEY });
    for (const name of SCENARIOS) {
      const scenario: Scenario = JSON.parse(await readFile(join(__dirname, `../scenarios/${name}.json`), 'utf8'));
      const answered = await runScenario(client, objectLocations ? placed(scenario) : scenario);
      expect(answered.filter((a) => a.status >= 400).map((a) => ({ name, step: a.index + 1, body: a.body }))).toEqual([]);
      position = Math.max(position, lastPosition(answered));
    }
    await read(`/api/v1/negotiations/${TRACK}`);
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on('pageerror', (error) => problems.push(error.message));
    // a 400 is how a service without some filter refuses it, and the page then applies it itself
    page.on('console', (message) => message.type() === 'error' && !/status of 400/.test(message.text()) && problems.push(message.text()));
    await page.goto(url);
    await loaded('now');
  });
  afterEach(() => {
    expect(problems.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await parley.stop();
  });

  it('shows russia-ukraine concluded, two hours late, an hour long, with 307 + 307 returned', async () => {
    await screenshot('overview-desktop');
    expect(await card().locator('[data-fact="status"]').textContent()).toBe('concluded');
    expect(await card().locator('[data-fact="delay"]').textContent()).toBe('2 h');
    expect(await card().locator('[data-fact="duration"]').textContent()).toBe('1 h');
    expect((await card().locator('[data-fact="exchanges"]').textContent())?.replace(/\s+/g, ' ')).toContain('307 to RUS + 307 to UKR');
  });

  it('maps a marker per located development, and lists the same ones in a table', async () => {
    const located = (await read('/api/v1/developments?limit=500')).developments.filter(
      (d: Json) => typeof d.location?.latitude === 'number' && typeof d.location?.longitude === 'number',
    );
    // every located development of the scenarios when the service takes coordinates; none before
    if (objectLocations) expect(located.length).toBeGreaterThanOrEqual(Object.keys(PLACES).length);
    expect(await page.locator('#map circle.marker').count()).toBe(located.length);
    expect(await page.locator('#map table tbody tr').count()).toBe(located.length);
    expect((await page.locator('#map circle.marker').evaluateAll((cs) => cs.map((c) => c.getAttribute('data-development')))).sort()).toEqual(
      located.map((d: Json) => d.id).sort(),
    );
    // the countries of the dyad chosen for shading are tinted by its level, the others are not
    await page.selectOption('#map-dyad', 'RUS-UKR');
    await loaded('now');
    expect(page.url()).toContain('shade=RUS-UKR');
    const fill = (code: string) => page.locator(`#map path[data-country="${code}"]`).first().getAttribute('fill');
    expect(await fill('RUS')).not.toBe('#e5e8e8');
    expect(await fill('UKR')).toBe(await fill('RUS'));
    expect(await fill('BRA')).toBe('#e5e8e8');
    // at the chart's last reading, named by one of the index's levels
    expect(await page.locator('#map .legend').textContent()).toMatch(new RegExp(`RUS-UKR at \\d+\\.\\d \\((${LEVELS.map((l) => l.level).join('|')})\\)`));
  });

  it('lists the developments newest first, with their sources, searchable and filterable by actor and kind, in the URL, with CSV exports', async () => {
    const kinds = () => page.locator('#timeline li').evaluateAll((items) => items.map((li) => li.getAttribute('data-kind')));
    expect(await kinds()).toEqual(expect.arrayContaining(['talks', 'statement', 'prisoner_exchange', 'air_defence_interception', 'military_strike', 'ceasefire', 'agreement']));
    const texts = () => page.locator('#timeline li').allTextContents();
    const all = await texts();
    expect(all.findIndex((t) => t.includes('2 Jun 2025'))).toBeLessThan(all.findIndex((t) => t.includes('24 May 2025')));
    const peskov = await page.locator('#timeline li:has-text("supports the possibility of a personal meeting")').textContent();
    expect(peskov).toContain('source: Al-Ahram Weekly');
    await page.selectOption('#filter-actor', 'USA');
    await loaded('now');
    expect(page.url()).toContain('actor=USA');
    const byUsa = await texts();
    expect(byUsa.length).toBeGreaterThan(0);
    expect(byUsa.every((t) => t.includes('USA'))).toBe(true);
    await page.selectOption('#filter-actor', '');
    await loaded('now');
    await page.selectOption('#filter-kind', 'prisoner_exchange');
    await loaded('now');
    expect(await kinds()).toEqual(['prisoner_exchange']);
    const csv = await page.locator('#timeline-filters a[data-export="developments"]').getAttribute('href');
    expect(csv).toContain('format=csv');
    expect(csv).toContain('kind=prisoner_exchange');
    const exported = await parley.http().get(csv!).expect(200);
    expect(exported.headers['content-type']).toContain('text/csv');
    expect(exported.text.split('\n')[0]).toContain('event_id');
    await page.selectOption('#filter-kind', '');
    await loaded('now');
    // confirmed only, then one publisher's reports
    await page.selectOption('#timeline-confirmed', 'true');
    await loaded('now');
    const confirmed = await texts();
    expect(confirmed.length).toBeGreaterThan(0);
    expect(confirmed.length).toBeLessThan(all.length);
    expect(confirmed.every((t) => t.includes('confirmed') && !t.includes('unconfirmed'))).toBe(true);
    await page.selectOption('#timeline-confirmed', '');
    await loaded('now');
    await page.selectOption('#timeline-publisher', 'KT Press');
    await loaded('now');
    const fromKtPress = await texts();
    expect(fromKtPress.length).toBeGreaterThan(0);
    expect(fromKtPress.every((t) => /source: .*KT Press/.test(t))).toBe(true);
    await page.selectOption('#timeline-publisher', '');
    await loaded('now');
    // words typed in the search box select what mentions them
    await page.fill('#timeline-q', 'Goma');
    await page.press('#timeline-q', 'Enter');
    await loaded('now');
    expect(page.url()).toContain('q=Goma');
    const found = await page.locator('#timeline li').evaluateAll((items) => items.map((li) => li.getAttribute('data-development')));
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(all.length);
    const byId = new Map((await read('/api/v1/developments?limit=500')).developments.map((d: Json) => [d.id, d]));
    expect(found.filter((id) => !/goma/i.test(JSON.stringify(byId.get(id))))).toEqual([]);
    await page.fill('#timeline-q', '');
    await page.press('#timeline-q', 'Enter');
    await loaded('now');
  });

  it('posts a statement with a key held only in the page, and shows it', async () => {
    await page.fill('input[name="speaker"]', 'Recep Tayyip Erdogan');
    await page.fill('input[name="actor"]', 'TUR');
    await page.fill('input[name="targets"]', 'RUS, UKR');
    await page.selectOption('select[name="stance"]', 'cooperative');
    await page.fill('textarea[name="quote"]', 'Istanbul is ready to host the leaders.');
    await page.fill('input[name="madeAt"]', '2025-06-02T12:00');
    await page.fill('input[name="apiKey"]', WRITER_KEY);
    await page.click('form.post button[type="submit"]');
    await page.waitForSelector('form.post .posted');
    await page.waitForSelector('#timeline li:has-text("Istanbul is ready to host the leaders.")');
    const stored = await page.evaluate<string>('JSON.stringify({ ...localStorage, ...sessionStorage }) + document.cookie + location.href');
    expect(stored).not.toContain(WRITER_KEY);
  });

  it('charts the dyads that peaked in the period, marks the moves of each peace process, and explains a reading', async () => {
    await loaded('now');
    const chips = () => page.locator('#tension-dyads .chip').allTextContents();
    expect((await chips()).join(' ')).toEqual(expect.stringMatching(/IND-PAK[\s\S]*RUS-UKR|RUS-UKR[\s\S]*IND-PAK/));
    expect(await page.locator('#tension-marks li[data-mark-kind="talks"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#tension-marks li[data-mark-kind="ceasefire"]').count()).toBeGreaterThan(0);
    // a click on the chart explains the reading under the cursor
    // (the live feed may redraw the chart under the first click, as it would under a reader's)
    const explained = () => page.locator('#tension-why [data-fact="value"]').count();
    for (let tries = 0; tries < 20 && (await explained()) === 0; tries++) {
      await page.locator('#tension .u-over').scrollIntoViewIfNeeded();
      const box = (await page.locator('#tension .u-over').boundingBox())!;
      await page.mouse.click(box.x + box.width * 0.9, box.y + box.height / 2);
      await page.waitForTimeout(250);
    }
    expect(await explained()).toBe(1);
    // and so does a dyad and a day chosen by keyboard
    await page.selectOption('#tension-dyads select[name="dyad"]', 'RUS-UKR');
    await page.fill('#tension-dyads input[name="day"]', '2025-06-02');
    await page.press('#tension-dyads input[name="day"]', 'Enter');
    await page.waitForSelector('#tension-why h3:has-text("RUS-UKR on 2 Jun 2025")');
    const api = await read('/api/v1/tension/RUS-UKR?asOf=2025-06-02T23:59:59.999Z');
    expect(await page.locator('#tension-why [data-fact="value"]').textContent()).toBe(api.value.toFixed(1));
    expect(await page.locator('#tension-why .contributions li').count()).toBe(Math.min(10, api.contributions.length));
    // a dyad removed leaves the chart, and can be added back
    await page.click('#tension-dyads button[aria-label="remove RUS-UKR"]');
    const chip = page.locator('#tension-dyads .chip', { hasText: 'RUS-UKR' });
    await chip.waitFor({ state: 'detached' });
    await page.selectOption('#tension-add', 'RUS-UKR');
    await chip.waitFor();
  });

  it('given the date moved back to 1 June 2025 in the header, shows the round as scheduled, and keeps the date in the URL', async () => {
    await page.fill('#as-of', '2025-06-01');
    await page.dispatchEvent('#as-of', 'change');
    await loaded('2025-06-01');
    expect(page.url()).toContain('asOf=2025-06-01');
    expect(await card().locator('[data-fact="status"]').textContent()).toBe('scheduled');
    expect(await card().locator('[data-fact="next-round"]').textContent()).toContain('2 Jun 2025 07:00 UTC');
    await page.click('#today');
    await loaded('now');
    expect(page.url()).not.toContain('asOf');
  });

  it('reaches a track page by keyboard alone, with its rounds on a time axis and in a table, scheduled against held', async () => {
    await page.focus('#home');
    const link = '[data-track="drc-m23"] h3 a';
    for (let tabs = 0; tabs < 100 && !(await focused(link)); tabs++) await page.keyboard.press('Tab');
    expect(await focused(link)).toBe(true);
    await page.keyboard.press('Enter');
    await loaded('now', 'track');
    expect(page.url()).toContain('#/track/drc-m23');
    // the new page's title takes the focus, as a page load would
    expect(await focused('#track-title')).toBe(true);
    const { rounds } = await read('/api/v1/negotiations/drc-m23/rounds');
    expect(rounds.length).toBeGreaterThan(1);
    expect(await page.locator('table.rounds tbody tr').count()).toBe(rounds.length);
    expect(await page.locator('svg.rounds-axis g[data-round]').count()).toBe(rounds.length);
    expect(await page.locator('table.rounds [data-fact="status"]').allTextContents()).toEqual(rounds.map((r: Json) => r.status.replace(/_/g, ' ')));
    // a postponement is drawn as an arrow from the date it left to the one it moved to
    const postponements = rounds.reduce((n: number, r: Json) => n + r.postponements.length, 0);
    expect(postponements).toBeGreaterThan(0);
    expect(await page.locator('svg.rounds-axis line[marker-end]').count()).toBe(postponements);
    const status = await read('/api/v1/negotiations/drc-m23');
    expect(await page.locator('[data-track-page] [data-fact="phase"]').textContent()).toBe(status.phase.replace(/_/g, ' '));
    // a round called off is crossed out where it ended
    expect(await page.locator('svg.rounds-axis .cross').count()).toBe(rounds.filter((r: Json) => ['cancelled', 'broken_off'].includes(r.status)).length);
    expect(rounds.some((r: Json) => r.status === 'cancelled')).toBe(true);
    // and its ceasefires and agreements are listed beside the rounds
    const agreements = (await read('/api/v1/developments?limit=500')).developments.filter(
      (d: Json) => d.trackId === 'drc-m23' && ['agreement', 'ceasefire'].includes(d.kind),
    );
    expect(agreements.length).toBeGreaterThan(0);
    expect(await page.locator('#track-agreements li').count()).toBe(agreements.length);
    await screenshot('track-desktop');
  });

  it('restores a dyad page from its URL, asOf and knownAt included, after a reload', async () => {
    await page.goto(`${url}/#/dyad/COD-RWA?asOf=2025-07-11&knownAt=2025-01-01T00:00`);
    await loaded('2025-07-11', 'dyad');
    // known at 1 January 2025 (before Parley recorded any of it), nothing is listed
    expect(await page.locator('#known-at').inputValue()).toBe('2025-01-01T00:00');
    expect(await page.locator('#dyad-timeline li.empty').count()).toBe(1);
    await page.goto(`${url}/#/dyad/COD-RWA?asOf=2025-07-11`);
    await page.reload();
    await loaded('2025-07-11', 'dyad');
    expect(await page.locator('#as-of').inputValue()).toBe('2025-07-11');
    expect(await page.locator('#known-at').inputValue()).toBe('');
    expect(await page.locator('#dyad-title').textContent()).toContain('COD-RWA');
  });

  it('shows the contributions behind a reading of the dyad, its events on the chart, and its statements and developments, searchable', async () => {
    const api = await read('/api/v1/tension/COD-RWA?asOf=2025-07-11T23:59:59.999Z');
    expect(api.contributions.length).toBeGreaterThan(0);
    await page.waitForSelector('#tension-why [data-fact="value"]');
    expect(await page.locator('#tension-why [data-fact="value"]').textContent()).toBe(api.value.toFixed(1));
    expect(await page.locator('#tension-why .contributions li').count()).toBe(Math.min(10, api.contributions.length));
    expect(await page.locator('#tension-marks li[data-mark-kind="agreement"]').count()).toBeGreaterThan(0);
    // every point of the chart is in a table whose buttons explain it, for a keyboard
    await page.click('details.readings summary');
    const rows = page.locator('#readings tbody tr');
    expect(await rows.count()).toBeGreaterThan(10);
    const day = await rows.nth(5).locator('time').textContent();
    await rows.nth(5).locator('button').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector(`#tension-why h3:has-text("COD-RWA on ${day}")`);
    await screenshot('dyad-desktop');
    const listed = page.locator('#dyad-timeline li');
    const all = await listed.count();
    expect(all).toBeGreaterThan(5);
    await page.fill('#dyad-q', 'Washington');
    await page.press('#dyad-q', 'Enter');
    await loaded('2025-07-11', 'dyad');
    expect(page.url()).toContain('q=Washington');
    const found = await listed.allTextContents();
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(all);
  });

  it('explains the levels and every constant of the index in a dialog, from the constants the service computes with', async () => {
    await page.click('#how-index');
    const dialog = page.locator('dialog.index-dialog[open]');
    await dialog.waitFor();
    expect(await dialog.locator('.index-levels tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-level')))).toEqual(LEVELS.map((l) => l.level));
    expect(await dialog.locator('[data-constant="H"]').textContent()).toBe(`${DEFAULT_TENSION_PARAMETERS.halfLifeDays} days`);
    expect(await dialog.locator('[data-constant="S"]').textContent()).toBe(String(DEFAULT_TENSION_PARAMETERS.scale));
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focused('#how-index')).toBe(true);
  });

  it('is readable on a phone: the overview with its map, a track page and a dyad page', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${url}/#/`);
    await loaded('now');
    await noSidewaysScroll();
    await screenshot('overview-phone');
    await page.goto(`${url}/#/track/drc-m23`);
    await loaded('now', 'track');
    await noSidewaysScroll();
    await screenshot('track-phone');
    await page.goto(`${url}/#/dyad/COD-RWA?asOf=2025-07-11`);
    await loaded('2025-07-11', 'dyad');
    await noSidewaysScroll();
    await screenshot('dyad-phone');
  });
});
