import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { parleyClient } from '../scripts/cli/parley-client';
import { Scenario, lastPosition, runScenario } from '../scripts/cli/scenario-runner';
import { TRACK } from './support/istanbul';
import { launchBrowser } from './support/browser';
import { ParleyUnderTest, WRITER_KEY, startParley } from './support/parley-under-test';

const ARTIFACTS = 'test-artifacts';

describe('the dashboard in headless Chromium', () => {
  let parley: ParleyUnderTest;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  const card = () => page.locator(`[data-track="${TRACK}"]`);
  /** The page marks <body data-loaded> with the date it shows once every section is drawn, or with "error". */
  const loaded = async (date: string) => {
    await page.waitForSelector(`body[data-loaded="${date}"], body[data-loaded="error"]`);
    expect(await page.locator('#error').textContent()).toBe('');
  };

  beforeAll(async () => {
    parley = await startParley();
    await parley.app.listen({ port: 0, host: '127.0.0.1' });
    // given the Istanbul scenario, posted through the API as a client would
    const client = parleyClient({ url: await parley.app.getUrl(), key: WRITER_KEY });
    const scenario: Scenario = JSON.parse(await readFile(join(__dirname, '../scenarios/istanbul-2025.json'), 'utf8'));
    const position = lastPosition(await runScenario(client, scenario));
    await parley.http().get(`/api/v1/negotiations/${TRACK}?minPosition=${position}`).expect(200);
    browser = await launchBrowser();
    page = await browser.context.newPage();
    await page.goto(await parley.app.getUrl());
    await loaded('now');
  });
  afterAll(async () => {
    await browser?.close();
    await parley.stop();
  });

  it('shows russia-ukraine concluded, two hours late, an hour long, with 307 + 307 returned', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/dashboard.png`, fullPage: true });
    expect(await card().locator('[data-fact="status"]').textContent()).toBe('concluded');
    expect(await card().locator('[data-fact="delay"]').textContent()).toBe('2 h');
    expect(await card().locator('[data-fact="duration"]').textContent()).toBe('1 h');
    expect((await card().locator('[data-fact="exchanges"]').textContent())?.replace(/\s+/g, ' ')).toContain('307 to RUS + 307 to UKR');
  });

  it('lists the developments newest first, with their sources, filterable by actor and kind', async () => {
    const kinds = () => page.locator('#timeline li').evaluateAll((items) => items.map((li) => li.getAttribute('data-kind')));
    expect(await kinds()).toEqual(expect.arrayContaining(['talks', 'statement', 'prisoner_exchange', 'air_defence_interception', 'military_strike']));
    const texts = () => page.locator('#timeline li').allTextContents();
    const all = await texts();
    expect(all.findIndex((t) => t.includes('2 Jun 2025'))).toBeLessThan(all.findIndex((t) => t.includes('24 May 2025')));
    const peskov = await page.locator('#timeline li:has-text("supports the possibility of a personal meeting")').textContent();
    expect(peskov).toContain('source: Al-Ahram Weekly');
    await page.selectOption('#filter-actor', 'USA');
    const byUsa = await texts();
    expect(byUsa.length).toBeGreaterThan(0);
    expect(byUsa.every((t) => t.includes("USA"))).toBe(true);
    await page.selectOption('#filter-actor', '');
    await page.selectOption('#filter-kind', 'prisoner_exchange');
    expect(await kinds()).toEqual(['prisoner_exchange']);
    await page.selectOption('#filter-kind', '');
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

  it('charts the dyads that peaked in the period, marks the round of talks, and explains a reading', async () => {
    await loaded('now');
    await page.screenshot({ path: `${ARTIFACTS}/dashboard-tension.png`, fullPage: true });
    const chips = () => page.locator('#tension-dyads .chip').allTextContents();
    expect((await chips())[0]).toContain('RUS-UKR');
    expect(await page.locator('#tension-marks li[data-mark-kind="talks"]').count()).toBeGreaterThan(0);
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
    await page.waitForSelector('#tension-why h3:has-text("2 Jun 2025")');
    const api = await parley.http().get('/api/v1/tension/RUS-UKR?asOf=2025-06-02T23:59:59.999Z').expect(200);
    expect(await page.locator('#tension-why [data-fact="value"]').textContent()).toBe(api.body.value.toFixed(1));
    expect(await page.locator('#tension-why .contributions li').count()).toBe(Math.min(10, api.body.contributions.length));
    // a dyad removed leaves the chart, and can be added back
    await page.click('#tension-dyads button[aria-label="remove RUS-UKR"]');
    const chip = page.locator('#tension-dyads .chip', { hasText: 'RUS-UKR' });
    await chip.waitFor({ state: 'detached' });
    await page.selectOption('#tension-add', 'RUS-UKR');
    await chip.waitFor();
  });

  it('given the date moved back to 1 June 2025, shows the round as scheduled (needs asOf on the queries)', async () => {
    await page.fill('#as-of', '2025-06-01');
    await page.dispatchEvent('#as-of', 'change');
    await loaded('2025-06-01');
    await page.screenshot({ path: `${ARTIFACTS}/dashboard-1-june.png`, fullPage: true });
    expect(await card().locator('[data-fact="status"]').textContent()).toBe('scheduled');
    expect(await card().locator('[data-fact="next-round"]').textContent()).toContain('2 Jun 2025 07:00 UTC');
  });

  it('is readable on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.click('#today');
    await loaded('now');
    await page.screenshot({ path: `${ARTIFACTS}/dashboard-phone.png`, fullPage: true });
    const width = await page.evaluate<number>('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(390);
  });
});
