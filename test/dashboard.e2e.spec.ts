import { mkdirSync } from 'node:fs';
import { Page } from 'playwright-core';
import { TRACK, concludeRound2, exchangeOf24May, peskovOnMeeting, scheduleRound2, startRound2, trumpOnTruthSocial } from './support/istanbul';
import { launchBrowser } from './support/browser';
import { ParleyUnderTest, WRITER_KEY, startParley } from './support/parley-under-test';

const ARTIFACTS = 'test-artifacts';
const rounds = `/api/v1/negotiations/${TRACK}/rounds`;

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
    // given the Istanbul developments, posted through the API
    for (const [path, body] of [
      [rounds, scheduleRound2],
      [`${rounds}/2/start`, startRound2],
      [`${rounds}/2/conclude`, concludeRound2],
      ['/api/v1/prisoner-exchanges', exchangeOf24May],
      ['/api/v1/statements', trumpOnTruthSocial],
      ['/api/v1/statements', peskovOnMeeting],
    ] as const) {
      await parley.post(path, body).expect(201);
    }
    await parley.http().get(`/api/v1/negotiations/${TRACK}?minPosition=6`).expect(200);
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
    expect(await kinds()).toEqual(['talks', 'statement', 'statement', 'prisoner_exchange']);
    const peskov = await page.locator('#timeline li[data-kind="statement"]').first().textContent();
    expect(peskov).toContain('supports the possibility of a personal meeting');
    expect(peskov).toContain('source: Al-Ahram Weekly');
    await page.selectOption('#filter-actor', 'USA');
    expect(await page.locator('#timeline li').count()).toBe(2);
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
