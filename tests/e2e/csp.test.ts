import type { Browser, Page } from 'playwright-core';
import { startBrowserTest, stopBrowserTest } from '../support/browser.js';
import { importNetwork, ownedPrefixes, type TestApp } from '../support/app.js';

/**
 * The dashboard works under the server's strict Content Security Policy (scripts only from the
 * server, no inline scripts, no eval): Cytoscape draws the network, ECharts the cascade charts and
 * Mantine the page, and the browser reports no violation of the policy on the way.
 */
describe('the dashboard under the Content Security Policy', () => {
  const owned = ownedPrefixes();
  const p = owned.prefix('csp');
  const THEME = `${p}regen`;
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    ({ t, browser } = await startBrowserTest());
    const i = (id: string, startedOn: string) => ({
      id: `${p}${id}`,
      name: `${p}${id}`,
      region: `${p}Noord`,
      themes: [THEME],
      startedOn,
    });
    await importNetwork(t, {
      initiatives: [i('r', '2014-01-01'), i('a', '2015-06-01'), i('b', '2016-03-01')],
      amplifications: [
        { fromInitiativeId: `${p}r`, toInitiativeId: `${p}a`, mode: 'SPREADING', on: '2015-06-01' },
        { fromInitiativeId: `${p}a`, toInitiativeId: `${p}b`, mode: 'DEEPENING', on: '2016-03-01' },
      ],
    });
  });
  afterAll(() => stopBrowserTest({ t, browser }, owned));

  /** A page that records every CSP violation (the event, and the console's report of it). */
  async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(
      "document.addEventListener('securitypolicyviolation', (e) => reportViolation(e.violatedDirective + ': ' + e.blockedURI));",
    );
    return { page, violations };
  }

  it('serves the page with the policy, and Cytoscape draws the network without a violation', async () => {
    const { page, violations } = await watchedPage();
    const response = await page.goto(`${t.url}/explorer?theme=${encodeURIComponent(THEME)}`);
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    await page.getByRole('heading', { name: 'Small Wins Atlas' }).waitFor();
    await page.getByTestId('slice-summary').filter({ hasText: '3' }).waitFor();
    const drawn = await page.evaluate(
      `document.querySelector('[data-testid="network-canvas"]')._cyreg.cy.nodes().length`,
    );
    expect(drawn).toBeGreaterThanOrEqual(3);
    expect(await page.locator('[data-testid="network-canvas"] canvas').count()).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('ECharts draws the cascade charts without a violation', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${t.url}/diffusion?theme=${encodeURIComponent(THEME)}&root=${encodeURIComponent(`${p}r`)}`);
    await page.getByTestId('card-size').filter({ hasText: '3' }).waitFor();
    await page.getByTestId('generations-chart').locator('canvas').first().waitFor();
    await page.getByTestId('adoption-chart').locator('canvas').first().waitFor();
    expect(violations).toEqual([]);
    await page.close();
  });
});
