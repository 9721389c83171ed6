import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/app.js';

/** The page served at / shows the live figures of the network from the API, in a real browser. */
describe('status page in Chromium', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
    await t.close();
  });

  it('shows the network figures that networkStats reports', async () => {
    const stats = (
      await t.gql<{ networkStats: { initiatives: number; isolatedInitiatives: number } }>(
        '{ networkStats { initiatives isolatedInitiatives } }',
      )
    ).data!.networkStats;
    const page = await browser.newPage();
    await page.goto(`${t.url}/`);
    await page.getByRole('heading', { name: 'Small Wins Atlas' }).waitFor();
    const initiatives = await page.getByTestId('figure-initiatives').locator('.value').textContent();
    expect(initiatives).toBe(stats.initiatives.toLocaleString('en'));
    const isolated = await page.getByTestId('figure-isolatedInitiatives').locator('.value').textContent();
    expect(isolated).toBe(stats.isolatedInitiatives.toLocaleString('en'));
    await page.close();
  });

  it('serves the page for client routes and keeps API routes apart', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${t.url}/explorer`);
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { name: 'Small Wins Atlas' }).waitFor();
    await page.close();
    const health = await fetch(`${t.url}/health`);
    expect(((await health.json()) as { database: { ok: boolean } }).database.ok).toBe(true);
  });
});
