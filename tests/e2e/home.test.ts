import type { Browser } from 'playwright-core';
import { startBrowserTest, stopBrowserTest } from '../support/browser.js';
import type { TestApp } from '../support/app.js';

/** The Data page shows the live figures of the network from the API and the downloads, in a real browser. */
describe('data page in Chromium', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    ({ t, browser } = await startBrowserTest());
  });
  afterAll(() => stopBrowserTest({ t, browser }));

  it('shows the network figures that networkStats reports', async () => {
    const stats = (
      await t.gql<{ networkStats: { initiatives: number; isolatedInitiatives: number } }>(
        '{ networkStats { initiatives isolatedInitiatives } }',
      )
    ).data!.networkStats;
    const page = await browser.newPage();
    await page.goto(`${t.url}/data`);
    await page.getByRole('heading', { name: 'Small Wins Atlas' }).waitFor();
    const initiatives = await page.getByTestId('figure-initiatives').locator('.value').textContent();
    expect(initiatives).toBe(stats.initiatives.toLocaleString('en'));
    const isolated = await page.getByTestId('figure-isolatedInitiatives').locator('.value').textContent();
    expect(isolated).toBe(stats.isolatedInitiatives.toLocaleString('en'));
    for (const format of ['json', 'csv', 'xlsx', 'gexf', 'graphml'])
      expect(await page.getByTestId(`download-${format}`).getAttribute('href')).toBe(`/api/export?format=${format}`);
    const gexf = await fetch(`${t.url}/api/export?format=gexf`);
    expect(gexf.status).toBe(200);
    await page.close();
  });

  it('serves the page for client routes and keeps API routes apart', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${t.url}/explorer`);
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { name: 'Small Wins Atlas' }).waitFor();
    // / is the overview (no longer a redirect to the explorer)
    await page.goto(`${t.url}/`);
    await page.getByTestId('overview-cards').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.close();
    const health = await fetch(`${t.url}/health`);
    expect(((await health.json()) as { database: { ok: boolean } }).database.ok).toBe(true);
  });
});
